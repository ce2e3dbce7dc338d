using System.Globalization;
using System.Xml;
using LibraryIls.Catalog.Data;
using LibraryIls.Catalog.Marc;
using LibraryIls.Catalog.Opac;
using LibraryIls.Catalog.Records;
using LibraryIls.Catalog.Search;
using LibraryIls.Organization.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LibraryIls.Catalog.Oai;

/// <summary>
/// OAI-PMH 2.0 data provider: the National Library and union catalogues harvest the catalogue as oai_dc or
/// marc21 (MARCXML), whole or by set (site:{code}, ddc:{main class}), and learn of deletions from the tombstones.
/// </summary>
internal sealed class OaiDataProvider(CatalogDbContext db, ISiteDirectory sites, IOptions<OaiOptions> options, TimeProvider clock)
{
    public const string Namespace = "http://www.openarchives.org/OAI/2.0/";
    private const string Marc21 = "marc21";
    private const string OaiDc = "oai_dc";
    private const string Granularity = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    private OaiOptions Options => options.Value;

    public async Task<byte[]> Answer(Func<CancellationToken, Task<OaiArguments>> read, string baseUrl, CancellationToken ct)
    {
        using var memory = new MemoryStream();
        using (var xml = XmlWriter.Create(memory, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("OAI-PMH", Namespace);
            xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
                $"{Namespace} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
            xml.WriteElementString("responseDate", Namespace, clock.GetUtcNow().UtcDateTime.ToString(Granularity, CultureInfo.InvariantCulture));
            OaiArguments? arguments = null;
            // The answer is built apart first: an error found half-way must not leave half a list in the response.
            using var body = new MemoryStream();
            try
            {
                arguments = await read(ct);
                using (var inner = XmlWriter.Create(body, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), ConformanceLevel = ConformanceLevel.Fragment }))
                {
                    inner.WriteStartElement("wrapper", Namespace);
                    await Verb(inner, arguments, baseUrl, ct);
                    inner.WriteEndElement();
                }
                WriteRequest(xml, baseUrl, arguments);
                body.Position = 0;
                using var reader = XmlReader.Create(body);
                reader.MoveToContent();
                reader.Read();
                while (!reader.EOF && reader.NodeType != XmlNodeType.EndElement) xml.WriteNode(reader, true);
            }
            catch (OaiError error)
            {
                WriteRequest(xml, baseUrl, error.EchoRequest ? arguments : null);
                xml.WriteStartElement("error", Namespace);
                xml.WriteAttributeString("code", error.Code);
                xml.WriteString(error.Message);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return memory.ToArray();
    }

    private static void WriteRequest(XmlWriter xml, string baseUrl, OaiArguments? arguments)
    {
        xml.WriteStartElement("request", Namespace);
        if (arguments is not null)
        {
            xml.WriteAttributeString("verb", arguments.Verb);
            foreach (var (key, value) in arguments.Values) xml.WriteAttributeString(key, value);
        }
        xml.WriteString(baseUrl);
        xml.WriteEndElement();
    }

    private Task Verb(XmlWriter xml, OaiArguments arguments, string baseUrl, CancellationToken ct) => arguments.Verb switch
    {
        "Identify" => Identify(xml, baseUrl, ct),
        "ListMetadataFormats" => ListMetadataFormats(xml, arguments["identifier"], ct),
        "ListSets" => ListSets(xml, arguments["resumptionToken"], ct),
        "GetRecord" => GetRecord(xml, arguments["identifier"]!, arguments["metadataPrefix"]!, ct),
        _ => List(xml, arguments, withMetadata: arguments.Verb == "ListRecords", ct),
    };

    private async Task Identify(XmlWriter xml, string baseUrl, CancellationToken ct)
    {
        var earliest = await db.SearchDocuments.AsNoTracking().OrderBy(d => d.ChangedAt).Select(d => (DateTime?)d.ChangedAt).FirstOrDefaultAsync(ct);
        xml.WriteStartElement("Identify", Namespace);
        xml.WriteElementString("repositoryName", Namespace, Options.RepositoryName);
        xml.WriteElementString("baseURL", Namespace, baseUrl);
        xml.WriteElementString("protocolVersion", Namespace, "2.0");
        xml.WriteElementString("adminEmail", Namespace, Options.AdminEmail);
        xml.WriteElementString("earliestDatestamp", Namespace, Stamp(earliest ?? DateTime.UnixEpoch));
        xml.WriteElementString("deletedRecord", Namespace, "persistent");
        xml.WriteElementString("granularity", Namespace, "YYYY-MM-DDThh:mm:ssZ");
        xml.WriteStartElement("description", Namespace);
        const string identifierNs = "http://www.openarchives.org/OAI/2.0/oai-identifier";
        xml.WriteStartElement("oai-identifier", identifierNs);
        xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
            $"{identifierNs} http://www.openarchives.org/OAI/2.0/oai-identifier.xsd");
        xml.WriteElementString("scheme", identifierNs, "oai");
        xml.WriteElementString("repositoryIdentifier", identifierNs, Options.RepositoryIdentifier);
        xml.WriteElementString("delimiter", identifierNs, ":");
        xml.WriteElementString("sampleIdentifier", identifierNs, Identifier(Guid.Empty));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private async Task ListMetadataFormats(XmlWriter xml, string? identifier, CancellationToken ct)
    {
        if (identifier is not null) await Document(identifier, ct);
        xml.WriteStartElement("ListMetadataFormats", Namespace);
        foreach (var (prefix, schema, ns) in new[]
                 {
                     (OaiDc, DublinCore.OaiDcSchema, DublinCore.OaiDcNamespace),
                     (Marc21, "http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd", MarcXmlWriter.Namespace),
                 })
        {
            xml.WriteStartElement("metadataFormat", Namespace);
            xml.WriteElementString("metadataPrefix", Namespace, prefix);
            xml.WriteElementString("schema", Namespace, schema);
            xml.WriteElementString("metadataNamespace", Namespace, ns);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private async Task ListSets(XmlWriter xml, string? token, CancellationToken ct)
    {
        if (token is not null) throw new OaiError("badResumptionToken", "The set list is sent whole; there is nothing to resume.");
        var classes = await db.SearchDocuments.AsNoTracking().Where(d => d.DdcMainClass != null).Select(d => d.DdcMainClass!).Distinct().ToListAsync(ct);
        var siteIds = await db.Copies.AsNoTracking().Select(c => c.SiteId).Distinct().ToListAsync(ct);
        var siteSets = new List<(string Spec, string Name)>();
        foreach (var id in siteIds)
            if (await sites.FindAsync(id, ct) is { } site) siteSets.Add(($"site:{site.Code}", site.Name));
        xml.WriteStartElement("ListSets", Namespace);
        var sets = new List<(string Spec, string Name)> { ("ddc", "Phân loại DDC / DDC main classes"), ("site", "Nơi có bản sách / Holding sites") };
        sets.AddRange(classes.Order(StringComparer.Ordinal).Select(c => ($"ddc:{c}", $"DDC {c}")));
        sets.AddRange(siteSets.OrderBy(s => s.Spec, StringComparer.Ordinal));
        foreach (var (spec, name) in sets)
        {
            xml.WriteStartElement("set", Namespace);
            xml.WriteElementString("setSpec", Namespace, spec);
            xml.WriteElementString("setName", Namespace, name);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private async Task GetRecord(XmlWriter xml, string identifier, string prefix, CancellationToken ct)
    {
        CheckPrefix(prefix);
        var document = await Document(identifier, ct);
        xml.WriteStartElement("GetRecord", Namespace);
        await WriteRecords(xml, [document], prefix, withMetadata: true, ct);
        xml.WriteEndElement();
    }

    private async Task List(XmlWriter xml, OaiArguments arguments, bool withMetadata, CancellationToken ct)
    {
        OaiResumptionToken page;
        if (arguments["resumptionToken"] is { } token) page = OaiResumptionToken.Decode(token);
        else
        {
            CheckPrefix(arguments["metadataPrefix"]!);
            var (from, before) = arguments.Window();
            // The window closes now, so records changed while the harvest runs wait for the next one instead of coming twice.
            var now = clock.GetUtcNow().UtcDateTime;
            before = before < now.AddSeconds(1) ? before : now.AddSeconds(1);
            page = new OaiResumptionToken(arguments["metadataPrefix"]!, arguments["set"], from, before, 0, 0, 0);
            page = page with { Total = await (await Selected(page, ct)).CountAsync(ct) };
            if (page.Total == 0) throw new OaiError("noRecordsMatch", "No record matches these arguments.");
        }
        var documents = await (await Selected(page, ct)).Where(d => d.DocNo > page.AfterDocNo).OrderBy(d => d.DocNo).Take(Options.PageSize + 1).ToListAsync(ct);
        var more = documents.Count > Options.PageSize;
        if (more) documents.RemoveAt(documents.Count - 1);
        xml.WriteStartElement(arguments.Verb, Namespace);
        await WriteRecords(xml, documents, page.Prefix, withMetadata, ct);
        if (more || page.Cursor > 0)
        {
            xml.WriteStartElement("resumptionToken", Namespace);
            xml.WriteAttributeString("completeListSize", page.Total.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("cursor", page.Cursor.ToString(CultureInfo.InvariantCulture));
            if (more) xml.WriteString((page with { AfterDocNo = documents[^1].DocNo, Cursor = page.Cursor + documents.Count }).Encode());
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private async Task<IQueryable<SearchDocument>> Selected(OaiResumptionToken page, CancellationToken ct)
    {
        var query = db.SearchDocuments.AsNoTracking();
        if (page.From > DateTime.MinValue) query = query.Where(d => d.ChangedAt >= page.From);
        if (page.Before < DateTime.MaxValue) query = query.Where(d => d.ChangedAt < page.Before);
        switch (page.Set?.Split(':', 2))
        {
            case null:
                return query;
            case ["ddc"]:
                return query.Where(d => d.DdcMainClass != null);
            case ["ddc", var mainClass]:
                return query.Where(d => d.DdcMainClass == mainClass);
            case ["site"]:
                return query.Where(d => db.Copies.Any(c => c.RecordId == d.RecordId));
            case ["site", var code]:
                var site = await sites.FindByCodeAsync(code, ct);
                var siteId = site?.Id ?? Guid.Empty;
                return query.Where(d => db.Copies.Any(c => c.RecordId == d.RecordId && c.SiteId == siteId));
            default:
                return query.Where(d => false);
        }
    }

    private async Task WriteRecords(XmlWriter xml, IReadOnlyList<SearchDocument> documents, string prefix, bool withMetadata, CancellationToken ct)
    {
        var ids = documents.Select(d => d.RecordId).ToList();
        var siteIds = (await db.Copies.AsNoTracking().Where(c => ids.Contains(c.RecordId)).Select(c => new { c.RecordId, c.SiteId }).Distinct().ToListAsync(ct))
            .ToLookup(c => c.RecordId, c => c.SiteId);
        var live = documents.Where(d => !d.IsDeleted).Select(d => d.RecordId).ToList();
        var marc = withMetadata
            ? await db.Records.AsNoTracking().Where(r => live.Contains(r.Id)).Select(r => new { r.Id, r.Marc }).ToDictionaryAsync(r => r.Id, r => r.Marc, ct)
            : [];
        foreach (var document in documents)
        {
            if (withMetadata) xml.WriteStartElement("record", Namespace);
            xml.WriteStartElement("header", Namespace);
            if (document.IsDeleted) xml.WriteAttributeString("status", "deleted");
            xml.WriteElementString("identifier", Namespace, Identifier(document.RecordId));
            xml.WriteElementString("datestamp", Namespace, Stamp(document.ChangedAt));
            if (document.DdcMainClass is { } mainClass) xml.WriteElementString("setSpec", Namespace, $"ddc:{mainClass}");
            var codes = new List<string>();
            foreach (var siteId in siteIds[document.RecordId])
                if (await sites.FindAsync(siteId, ct) is { } site) codes.Add(site.Code);
            foreach (var code in codes.Order(StringComparer.Ordinal)) xml.WriteElementString("setSpec", Namespace, $"site:{code}");
            xml.WriteEndElement();
            if (withMetadata)
            {
                if (!document.IsDeleted && marc.TryGetValue(document.RecordId, out var stored))
                {
                    xml.WriteStartElement("metadata", Namespace);
                    WriteMetadata(xml, MarcContent.FromStored(stored), prefix);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
        }
    }

    private static void WriteMetadata(XmlWriter xml, MarcRecord marc, string prefix)
    {
        if (prefix == OaiDc)
        {
            DublinCore.Write(xml, marc);
            return;
        }
        using var reader = XmlReader.Create(new StringReader(MarcXmlWriter.ToXml(marc)));
        reader.MoveToContent();
        xml.WriteNode(reader, true);
    }

    private async Task<SearchDocument> Document(string identifier, CancellationToken ct)
    {
        var prefix = $"oai:{Options.RepositoryIdentifier}:";
        if (!identifier.StartsWith(prefix, StringComparison.Ordinal) || !Guid.TryParse(identifier[prefix.Length..], out var id))
            throw new OaiError("idDoesNotExist", $"'{identifier}' is not an identifier of this repository.");
        return await db.SearchDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.RecordId == id, ct)
            ?? throw new OaiError("idDoesNotExist", $"No record has the identifier '{identifier}'.");
    }

    private static void CheckPrefix(string prefix)
    {
        if (prefix is not (OaiDc or Marc21))
            throw new OaiError("cannotDisseminateFormat", $"'{prefix}' is not a format of this repository; use oai_dc or marc21.");
    }

    private string Identifier(Guid recordId) => $"oai:{Options.RepositoryIdentifier}:{recordId}";

    private static string Stamp(DateTime instant) => DateTime.SpecifyKind(instant, DateTimeKind.Utc).ToString(Granularity, CultureInfo.InvariantCulture);
}
