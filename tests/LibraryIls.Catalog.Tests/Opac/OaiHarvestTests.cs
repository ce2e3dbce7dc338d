using System.Diagnostics;
using LibraryIls.Catalog.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LibraryIls.Catalog.Tests.Opac;

/// <summary>
/// A real harvester against a real listening server: Perl HTTP::OAI (Debian libhttp-oai-perl), the library
/// union catalogues' tools are built on, harvests the whole demo catalogue through resumption tokens.
/// Without the module the test is reported as skipped; CI installs it.
/// </summary>
public sealed class OaiHarvestTests
{
    /// <summary>HTTP::OAI 4 follows the resumption tokens itself and hands every record to onRecord, page after page.</summary>
    private const string Harvester = """
        use strict; use warnings; use HTTP::OAI;
        binmode STDOUT, ':encoding(UTF-8)';
        my ($base, $prefix) = @ARGV;
        my $h = HTTP::OAI::Harvester->new(baseURL => $base, resume => 1);
        my $r = $h->ListRecords(metadataPrefix => $prefix, onRecord => sub {
            my $rec = shift;
            my $status = $rec->header->status // 'live';
            my $title = '';
            if ($status ne 'deleted' && $prefix eq 'oai_dc') {
                my ($t) = $rec->metadata->dom->findnodes('.//*[local-name()="title" and namespace-uri()="http://purl.org/dc/elements/1.1/"]');
                $title = $t ? $t->textContent : '';
            }
            print $rec->identifier, "\t", $status, "\t", $title, "\n";
        });
        die 'harvest failed: ' . $r->message . "\n" if $r->is_error;
        """;

    [Theory, MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Given_the_demo_catalogue_When_HTTP_OAI_harvests_it_over_a_real_port_Then_every_record_comes_exactly_once(string provider)
    {
        LibraryIls.Tests.ReferenceTool.RequirePerlModule("HTTP::OAI", "libhttp-oai-perl");
        var api = await LibraryIlsApi.StartAsync(provider, listenOnRealPort: true);
        await using var _ = api;
        await OpacTestData.SeedDemoCatalogueAsync(api);
        var admin = await api.AdminAsync();
        var deleted = await admin.CreateAsync(OpacTestData.Titled("Biểu ghi sẽ bị xoá"));
        await admin.DeleteRecordAsync(deleted.Id);
        List<Guid> live;
        using (var scope = api.Services.CreateScope())
            live = await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().Records.Select(r => r.Id).ToListAsync();
        live.Count.ShouldBe(3000);
        var baseUrl = new Uri(api.ListeningAddress, "/oai").ToString();

        foreach (var prefix in new[] { "oai_dc", "marc21" })
        {
            var (code, output, error) = await Perl(baseUrl, prefix);
            code.ShouldBe(0, error);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
            var identifiers = lines.Select(l => l[0]).ToList();
            identifiers.Count.ShouldBe(3001, "3000 records and one tombstone, over 31 pages of 100");
            identifiers.Distinct().Count().ShouldBe(identifiers.Count, "no record twice");
            identifiers.Select(i => Guid.Parse(i.Split(':')[^1])).Order().ShouldBe(live.Append(deleted.Id).Order());
            lines.Single(l => l[1] == "deleted")[0].ShouldEndWith(deleted.Id.ToString());
            if (prefix == "oai_dc") lines.Where(l => l[1] != "deleted").ShouldAllBe(l => l[2].Length > 0);
        }
    }

    private static async Task<(int Code, string Output, string Error)> Perl(string baseUrl, string prefix)
    {
        var start = new ProcessStartInfo("perl") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        foreach (var arg in new[] { "-e", Harvester, baseUrl, prefix }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        return (process.ExitCode, await output, await error);
    }
}
