using Semitori.Intel.Export;

namespace Semitori.Intel.Tests.Export;

/// <summary>UUIDv5 ids against vectors computed with Python uuid.uuid5 (research notes §1.2).</summary>
public class DeterministicIdTests
{
    [Theory]
    [InlineData("ipv4-addr", "value", "1.2.3.4", "ipv4-addr--0198f97b-e65d-5025-87e5-58bc39d4bdb4")]
    [InlineData("domain-name", "value", "example.com", "domain-name--bedb4899-d24b-5401-bc86-8f6b4cc18ec7")]
    [InlineData("url", "value", "http://example.com/", "url--3013563b-9e18-5ef6-917a-204463f5f419")]
    [InlineData("intrusion-set", "name", "apt10", "intrusion-set--834c6f24-8310-560a-a102-f5b00df82fd6")]
    public void Matches_the_reference_vectors(string type, string key, string value, string expected) =>
        Assert.Equal(expected, DeterministicId.Stix(type, new Dictionary<string, string> { [key] = value }));

    [Fact]
    public void Names_are_lower_cased_and_trimmed_as_opencti_does() =>
        Assert.Equal("intrusion-set--834c6f24-8310-560a-a102-f5b00df82fd6", DeterministicId.ForName("intrusion-set", " APT10 "));

    [Fact]
    public void Canonical_json_sorts_keys_and_keeps_non_ascii() =>
        Assert.Equal("{\"a\":\"\\\"\",\"b\":\"日本\"}", DeterministicId.Canonical(new Dictionary<string, string> { ["b"] = "日本", ["a"] = "\"" }));
}
