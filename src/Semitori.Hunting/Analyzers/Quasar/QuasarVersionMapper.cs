using System.Globalization;

namespace Semitori.Hunting.Analyzers.Quasar;

/// <summary>
/// Reads a candidate's slots as one version layout: takes the key string from the layout's key
/// position, decrypts the layout's encrypted positions and names every slot by order. Returns null
/// unless the key is proven: by HMAC for 1.3/1.4 (all values match, or some match, or every value
/// still unpads to text — the last two reported as <see cref="QuasarMacStatus.Invalid"/>), and for
/// the MAC-less 1.0–1.2 by every encrypted value unpadding to clean text.
/// </summary>
internal static class QuasarVersionMapper
{
    public static QuasarConfig? TryMap(SettingsCandidate candidate, QuasarLayout layout, QuasarKeyDeriver deriver)
    {
        IReadOnlyList<SettingsSlot> strings = candidate.Strings;
        if (!layout.Accepts(strings.Count))
        {
            return null;
        }

        string keyString = strings[layout.KeyIndex].Text;
        if (keyString.Length == 0 || EncryptedBlob.HasShape(keyString))
        {
            return null;
        }

        // Shape check before any key derivation: every non-empty encrypted value must be a blob.
        var blobs = new Dictionary<int, byte[]>();
        for (int i = 0; i < layout.Strings.Count && i < strings.Count; i++)
        {
            if (!layout.IsEncrypted(i) || strings[i].Text.Length == 0)
            {
                continue;
            }

            if (!EncryptedBlob.HasShape(strings[i].Text) || !EncryptedBlob.TryDecode(strings[i].Text, out byte[]? blob))
            {
                return null;
            }

            blobs[i] = blob!;
        }

        if (blobs.Count < SettingsCandidateFinder.MinBlobs)
        {
            return null;
        }

        ISettingsDecryptor? decryptor = layout.Scheme == QuasarScheme.Md5Aes128
            ? new Md5AesDecryptor(keyString)
            : HmacAesDecryptor.Create(layout.Scheme, keyString, deriver);
        if (decryptor is null)
        {
            return null;
        }

        var results = blobs.ToDictionary(b => b.Key, b => decryptor.Decrypt(b.Value));
        int macValid = results.Values.Count(r => r.MacValid);
        int decrypted = results.Values.Count(r => r.Text is not null);
        QuasarMacStatus? mac = layout.Scheme == QuasarScheme.Md5Aes128
            ? (decrypted == blobs.Count ? QuasarMacStatus.None : null)
            : macValid == blobs.Count ? QuasarMacStatus.Valid
            : macValid > 0 || decrypted == blobs.Count ? QuasarMacStatus.Invalid
            : null;
        if (mac is null)
        {
            return null;
        }

        var settings = new List<QuasarSetting>();
        for (int i = 0; i < layout.Strings.Count && i < strings.Count; i++)
        {
            bool encrypted = results.TryGetValue(i, out DecryptedValue? value);
            settings.Add(new QuasarSetting(layout.Strings[i], encrypted ? value!.Text ?? string.Empty : strings[i].Text, strings[i],
                encrypted, value?.Text is not null, value is { HasMac: true } ? value.MacValid : null));
        }

        AddByOrder(settings, candidate.Slots, SettingsSlotKind.Boolean, layout.Booleans, s => s.Number != 0 ? "true" : "false");
        AddByOrder(settings, candidate.Slots, SettingsSlotKind.Int32, [QuasarLayout.IntKey], s => s.Number.ToString(CultureInfo.InvariantCulture));
        AddByOrder(settings, candidate.Slots, SettingsSlotKind.SByte, [QuasarLayout.SByteKey], SpecialFolderName);
        ServerCertificateInfo? certificate = layout == QuasarLayout.V14 ? ServerCertificateCheck.Check(settings) : null;
        return new QuasarConfig(layout, candidate, mac.Value, settings, blobs.Count, macValid, decrypted, certificate);
    }

    private static void AddByOrder(List<QuasarSetting> settings, IReadOnlyList<SettingsSlot> slots, SettingsSlotKind kind,
        IReadOnlyList<string> names, Func<SettingsSlot, string> format)
    {
        int n = 0;
        foreach (SettingsSlot slot in slots.Where(s => s.Kind == kind))
        {
            if (n >= names.Count)
            {
                break;
            }

            settings.Add(new QuasarSetting(names[n++], format(slot), slot, false, false, null));
        }
    }

    /// <summary>The <c>Environment.SpecialFolder</c> name for the value (26 = ApplicationData), or the number.</summary>
    private static string SpecialFolderName(SettingsSlot slot) =>
        Enum.IsDefined(typeof(Environment.SpecialFolder), slot.Number)
            ? ((Environment.SpecialFolder)slot.Number).ToString()
            : slot.Number.ToString(CultureInfo.InvariantCulture);
}
