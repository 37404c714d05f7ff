namespace Semitori.Formats.DotNet;

/// <summary>A four-part assembly version.</summary>
public readonly record struct DotNetVersion(ushort Major, ushort Minor, ushort Build, ushort Revision)
{
    public override string ToString() => $"{Major}.{Minor}.{Build}.{Revision}";
}
