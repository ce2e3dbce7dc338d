using System.Xml;
using LibraryIls.Catalog.Marc;

namespace LibraryIls.Catalog.Opac;

/// <summary>
/// MARC 21 → simple (unqualified) Dublin Core after the Library of Congress crosswalk (loc.gov/marc/marc2dc.html):
/// names (100/110/111/700/710/711/720) go to contributor, as LC maps them; 264 is read beside 260 because RDA
/// records carry publication there. Written as oai_dc, the format every OAI-PMH harvester understands.
/// </summary>
internal static class DublinCore
{
    public const string OaiDcNamespace = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public const string OaiDcSchema = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    public const string ElementsNamespace = "http://purl.org/dc/elements/1.1/";
    public const string MediaType = "application/oai_dc+xml";

    private static readonly string[] Names = ["100", "110", "111", "700", "710", "711", "720"];
    private static readonly string[] Subjects = ["600", "610", "611", "630", "650", "653"];
    private static readonly string[] Classifications = ["050", "060", "080", "082"];
    private static readonly string[] Coverage = ["651", "662", "751", "752"];
    private static readonly string[] NotDescription = ["506", "530", "540", "546"];

    public static IReadOnlyList<(string Element, string Value)> Elements(MarcRecord marc)
    {
        var dc = new List<(string, string)>();
        void Add(string element, string? value)
        {
            var text = value?.Trim().TrimEnd(' ', '/', ':', ';', ',', '=').Trim();
            if (!string.IsNullOrEmpty(text)) dc.Add((element, text));
        }
        string Join(DataField f, string codes) => string.Join(' ', f.Subfields.Where(s => codes.Contains(s.Code)).Select(s => s.Value.Trim()));
        IEnumerable<DataField> Fields(params string[] tags) => marc.Fields.OfType<DataField>().Where(f => tags.Contains(f.Tag));

        foreach (var f in Fields("245", "246")) Add("title", Join(f, "abfgknps"));
        foreach (var f in Fields(Names)) Add("contributor", Join(f, "abcdq"));
        foreach (var f in Fields(Subjects)) Add("subject", string.Join(" -- ", f.Subfields.Where(s => "abcdvxyz".Contains(s.Code)).Select(s => s.Value.Trim().TrimEnd('.'))));
        foreach (var f in Fields(Classifications)) Add("subject", f['a']);
        foreach (var f in marc.Fields.OfType<DataField>().Where(f => f.Tag[0] == '5' && !NotDescription.Contains(f.Tag))) Add("description", Join(f, "abcdefghijklmnopqrstuvwxyz"));
        foreach (var f in Fields("260", "264").Where(f => f.Tag == "260" || f.Indicator2 is '1' or ' ')) Add("publisher", Join(f, "ab"));
        var date = Fields("260", "264").Select(f => f['c']).FirstOrDefault(c => c is not null)
            ?? (marc.ControlField("008") is { Length: >= 11 } fixedData ? fixedData[7..11] : null);
        Add("date", date);
        Add("type", TypeOf(marc.Leader));
        foreach (var f in Fields("655")) Add("type", f['a']);
        foreach (var f in Fields("340")) Add("format", Join(f, "abcdefghijklmnopqrstuvwxyz"));
        foreach (var f in Fields("856")) Add("format", f['q']);
        foreach (var f in Fields("020", "022", "024")) Add("identifier", f['a']);
        foreach (var f in Fields("856")) Add("identifier", f['u']);
        var languages = new List<string>();
        if (marc.ControlField("008") is { Length: >= 38 } fixedField && fixedField[35..38].All(char.IsAsciiLetterLower)) languages.Add(fixedField[35..38]);
        foreach (var f in Fields("041")) languages.AddRange(f.Subfields.Where(s => "abdefghj".Contains(s.Code)).Select(s => s.Value.Trim()));
        foreach (var language in languages.Distinct()) Add("language", language);
        foreach (var f in Fields("546")) Add("language", f['a']);
        foreach (var f in Fields("530")) Add("relation", Join(f, "abcdu"));
        foreach (var f in marc.Fields.OfType<DataField>().Where(f => string.CompareOrdinal(f.Tag, "760") >= 0 && string.CompareOrdinal(f.Tag, "787") <= 0))
            Add(f.Tag == "786" ? "source" : "relation", Join(f, "ot"));
        foreach (var f in Fields("534")) Add("source", f['t']);
        foreach (var f in Fields("506", "540")) Add("rights", Join(f, "abcdu"));
        foreach (var f in Fields(Coverage)) Add("coverage", Join(f, "abcdz"));
        return dc;
    }

    /// <summary>Leader/06 (and /07 for collections) to the DCMI type LC's appendix gives.</summary>
    private static string? TypeOf(string leader)
    {
        if (leader.Length < 8) return null;
        return leader[6] switch
        {
            'a' or 'c' or 'd' or 't' => "text",
            'e' or 'f' or 'g' or 'k' => "image",
            'i' or 'j' => "sound",
            'p' when leader[7] is 'c' or 's' => "collection",
            _ => null,
        };
    }

    public static void Write(XmlWriter xml, MarcRecord marc)
    {
        xml.WriteStartElement("oai_dc", "dc", OaiDcNamespace);
        xml.WriteAttributeString("xmlns", "dc", null, ElementsNamespace);
        xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance", $"{OaiDcNamespace} {OaiDcSchema}");
        foreach (var (element, value) in Elements(marc)) xml.WriteElementString("dc", element, ElementsNamespace, XmlSafe(value));
        xml.WriteEndElement();
    }

    /// <summary>Characters XML 1.0 cannot carry (control codes left in old records) are dropped rather than failing the response.</summary>
    public static string XmlSafe(string text) =>
        text.All(Allowed) ? text : new string([.. text.Where(Allowed)]);

    private static bool Allowed(char c) => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c);

    public static byte[] Document(MarcRecord marc)
    {
        using var memory = new MemoryStream();
        using (var xml = XmlWriter.Create(memory, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            Write(xml, marc);
        }
        return memory.ToArray();
    }
}
