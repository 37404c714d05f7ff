namespace Semitori.Hunting.Analyzers.Quasar;

/// <summary>Decrypts Quasar settings values for one scheme and one key string.</summary>
internal interface ISettingsDecryptor
{
    QuasarScheme Scheme { get; }

    /// <summary>Decrypts one Base64-decoded blob; never throws.</summary>
    DecryptedValue Decrypt(byte[] blob);
}
