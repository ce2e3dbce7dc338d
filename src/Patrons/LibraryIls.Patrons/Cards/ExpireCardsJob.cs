using LibraryIls.BuildingBlocks.Jobs;
using Microsoft.Extensions.Logging;

namespace LibraryIls.Patrons.Cards;

/// <summary>Nightly (00:05 Vietnam time): expires the cards whose validity ended yesterday.</summary>
internal sealed class ExpireCardsJob(CardExpiry expiry, ILogger<ExpireCardsJob> log) : IScheduledJob
{
    public const string Name = "patrons.expire-cards";

    public async Task RunAsync(CancellationToken ct)
    {
        var expired = await expiry.Run(ct);
        log.LogInformation("{Count} reader cards expired", expired);
    }
}
