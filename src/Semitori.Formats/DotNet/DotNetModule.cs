namespace Semitori.Formats.DotNet;

/// <summary>The Module row (libyara <c>module_name</c>; the MVID identifies a build).</summary>
public sealed record DotNetModule(string? Name, Guid? Mvid, Guid? EncId, Guid? EncBaseId);
