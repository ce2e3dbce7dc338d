using System.Text.RegularExpressions;
using LibraryIls.Circulation.Contracts;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LibraryIls.Circulation.Rotation;

/// <summary>
/// The published views of rotation and the van (RotationRowsV1.cs), created by the RotationAndMobileVan migration
/// with one line per engine so the migration can be regenerated without losing them. They only gain columns.
/// </summary>
internal static partial class RotationViews
{
    private static readonly (string Name, string Select)[] Views =
    [
        (RotationBatchRowV1.ViewName, """
            SELECT s."BatchId", b."Code" AS "BatchCode", s."Number" AS "StageNumber", b."SendingSiteId", s."DestinationSiteId",
              s."DestinationKind", s."DestinationPointKind", s."DestinationLevel", s."DestinationIsRural", s."DestinationIsDisadvantaged",
              s."State", s."DispatchedAt" AS "DispatchedAtUtc", s."ReceivedAt" AS "ReceivedAtUtc", s."ReturnedAt" AS "ReturnedAtUtc",
              s."ClosedAt" AS "ClosedAtUtc",
              CAST((SELECT COUNT(*) FROM {0}cir_rotation_copies c WHERE c."BatchId" = s."BatchId" AND c."StageNumber" = s."Number") AS INTEGER) AS "CopiesSent",
              CAST((SELECT COUNT(*) FROM {0}cir_rotation_copies c WHERE c."BatchId" = s."BatchId" AND c."StageNumber" = s."Number" AND c."Outcome" = 'Returned') AS INTEGER) AS "CopiesReturned",
              CAST((SELECT COUNT(*) FROM {0}cir_rotation_copies c WHERE c."BatchId" = s."BatchId" AND c."StageNumber" = s."Number" AND c."Outcome" IN ('Missing', 'MissingOnArrival')) AS INTEGER) AS "CopiesMissing",
              CAST((SELECT COUNT(*) FROM {0}cir_rotation_copies c WHERE c."BatchId" = s."BatchId" AND c."StageNumber" = s."Number" AND c."Outcome" = 'Damaged') AS INTEGER) AS "CopiesDamaged",
              CAST((SELECT COUNT(*) FROM {0}cir_rotation_copies c WHERE c."BatchId" = s."BatchId" AND c."StageNumber" = s."Number" AND c."Outcome" = 'MovedOn') AS INTEGER) AS "CopiesMovedOn"
            FROM {0}cir_rotation_stages s JOIN {0}cir_rotation_batches b ON b."Id" = s."BatchId"
            """),
        (RotationUsageRowV1.ViewName, """
            SELECT "Id" AS "ReportId", "BatchId", "SiteId", "SiteLevel", "IsRural", "PeriodFrom", "PeriodTo", "ReadersServed", "ItemUses"
            FROM {0}cir_rotation_usage
            """),
        (MobileVanStopRowV1.ViewName, """
            SELECT t."Id" AS "TripId", t."Date" AS "TripDate", t."VanSiteId", s."Number" AS "StopNumber", s."SiteId" AS "StopSiteId",
              s."Name" AS "StopName", s."PointKind" AS "StopPointKind", s."Level" AS "SiteLevel", s."IsRural", s."ReadersServed", s."ItemsUsed"
            FROM {0}cir_mobile_trip_stops s JOIN {0}cir_mobile_trips t ON t."Id" = s."TripId"
            """),
    ];

    public static void Create(MigrationBuilder migration)
    {
        foreach (var (name, select) in Views)
        {
            var sql = $"CREATE VIEW {Prefix(migration)}{name} AS {string.Format(select, Prefix(migration))}";
            migration.Sql(IsSqlServer(migration) ? $"EXEC(N'{Bracketed().Replace(sql, "[$1]").Replace("'", "''")}')" : sql);
        }
    }

    public static void Drop(MigrationBuilder migration)
    {
        foreach (var (name, _) in Views) migration.Sql($"DROP VIEW {Prefix(migration)}{name}");
    }

    private static bool IsSqlServer(MigrationBuilder migration) => migration.ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer";

    private static string Prefix(MigrationBuilder migration) => migration.ActiveProvider switch
    {
        "Microsoft.EntityFrameworkCore.SqlServer" => "[circulation].",
        "Npgsql.EntityFrameworkCore.PostgreSQL" => "circulation.",
        _ => "",
    };

    [GeneratedRegex("\"(\\w+)\"")]
    private static partial Regex Bracketed();
}
