using LibraryIls.Reporting.Inputs;

namespace LibraryIls.Reporting.Annual;

/// <summary>
/// Every figure the report carries, with the counting rule it follows (docs/domain.md "The statistics the ministry
/// asks for" and "Standards and rules that define the figures"). The rule is part of the API's answer.
/// </summary>
internal static class Indicators
{
    public const string CardsIssued = "cards.issued";
    public const string CardsRenewed = "cards.renewed";
    public const string CardsReplaced = "cards.replaced";
    public const string CardsValidAtEnd = "cards.validAtEnd";
    public const string Visits = "visits.total";
    public const string OnSiteVisits = "visits.onSite";
    public const string VanVisits = "visits.mobileVan";
    public const string RotationVisits = "visits.rotationPoints";
    public const string OnlineVisits = "visits.online";
    public const string ItemsServed = "items.total";
    public const string Loans = "items.loans";
    public const string InHouseUses = "items.inHouse";
    public const string RotationUses = "items.rotation";
    public const string MobileUses = "items.mobile";
    public const string Renewals = "items.renewals";
    public const string Holds = "items.holds";
    public const string OnlineAccesses = "online.total";
    public const string OpacSearches = "online.searches";
    public const string OpacRecordViews = "online.recordViews";
    public const string AddedCopies = "additions.copies";
    public const string AddedTitles = "additions.titles";
    public const string AddedValue = "additions.value";
    public const string CollectionCopies = "collection.copies";
    public const string CollectionTitles = "collection.titles";
    public const string RecordsCatalogued = "records.catalogued";
    public const string RotationBatches = "rotation.batches";
    public const string RotationCopies = "rotation.copies";
    public const string RotationPoints = "rotation.points";
    public const string RotationRuralPoints = "rotation.ruralPoints";
    public const string RotationReaders = "rotation.readers";
    public const string RotationItemUses = "rotation.itemUses";
    public const string VanTrips = "van.trips";
    public const string VanStops = "van.stops";
    public const string VanReaders = "van.readers";
    public const string VanItems = "van.items";
    public const string CopiesPerInhabitant = "de329.copiesPerInhabitant";
    public const string ItemsPerInhabitant = "de329.itemsPerInhabitant";
    public const string VisitsPerInhabitant = "de329.visitsPerInhabitant";
    public const string PupilsServedShare = "de329.pupilsServedPercent";
    public const string RuralServedShare = "de329.ruralServedPercent";
    public const string IsoRegisteredUsers = "iso.registeredUsers";
    public const string IsoVisits = "iso.visits";
    public const string IsoLoans = "iso.loans";
    public const string IsoRenewals = "iso.renewals";
    public const string IsoInHouseUses = "iso.inHouseUses";
    public const string IsoReservations = "iso.reservations";
    public const string IsoSearches = "iso.searches";
    public const string IsoRecordViews = "iso.recordViews";
    public const string IsoAdditionsUnits = "iso.additionsUnits";
    public const string IsoAdditionsTitles = "iso.additionsTitles";
    public const string IsoCollectionUnits = "iso.collectionUnits";

    private const string Ministry = "Thông tư 16/2022/TT-BVHTTDL, Circular 16/2022";
    private const string Iso = "TCVN 12843:2019 = ISO 2789:2013";
    private const string Stats = "statistics office: «một người được phục vụ bao nhiêu lần thì được tính là bấy nhiêu lượt»";

    public static readonly IReadOnlyList<Section> Sections =
    [
        new("1", "Thẻ bạn đọc", "Reader cards",
        [
            new(CardsIssued, "Số thẻ cấp mới", "Cards issued", "thẻ", $"{Ministry}: số thẻ cấp mới = Issued card events dated in the period; renewals and replacements of lost cards are not new cards."),
            new(CardsRenewed, "Số thẻ gia hạn", "Cards renewed", "thẻ", "Renewed card events dated in the period; not new cards."),
            new(CardsReplaced, "Số thẻ cấp lại (mất, hỏng)", "Cards replaced", "thẻ", "Replaced card events dated in the period; a replacement retires one card and issues another, so it changes neither new nor valid cards."),
            new(CardsValidAtEnd, "Số thẻ còn hiệu lực cuối kỳ", "Cards valid at the end of the period", "thẻ", $"{Ministry}: cards valid at year end = cards issued up to the last day less cards expired up to it (Issued − Expired events); ISO 2789 'registered users'."),
        ]),
        new("2", "Lượt bạn đọc được phục vụ", "Reader visits", [
            new(Visits, "Tổng số lượt bạn đọc", "Reader visits, all channels", "lượt", $"{Ministry} (on site, via mobile van, at rotation points, online); {Stats}. Sum of the four channels below, each counted once."),
            new(OnSiteVisits, "Lượt bạn đọc đến thư viện", "Visits on site", "lượt", "Visits recorded at the sites (card scans and head counts), rpt_patrons_visits_v1, in the site's area (rural or urban); ISO 2789 visit = a person entering the premises."),
            new(VanVisits, "Lượt bạn đọc qua xe thư viện lưu động", "Readers served by the mobile van", "lượt", "Readers served reported per van stop (rpt_mobile_van_stops_v1), trips dated in the period; counted at the van's site and level, in the stop's area."),
            new(RotationVisits, "Lượt bạn đọc tại điểm luân chuyển", "Readers served at rotation points", "lượt", "Readers served reported by rotation points for report periods ending in the period (rpt_rotation_usage_v1); counted only there."),
            new(OnlineVisits, "Lượt bạn đọc trực tuyến", "Online visits", "lượt", $"Every OPAC access (search or record view) in the period, rpt_opac_accesses_v1; {Stats}. Not an ISO 2789 visit."),
        ]),
        new("3", "Lượt tài nguyên thông tin phục vụ", "Items served", [
            new(ItemsServed, "Tổng lượt sách, tài liệu phục vụ", "Items served", "lượt", $"{Ministry}: loans + in-house uses + rotation item-uses + mobile-van item-uses. Renewals and holds are not in it (counted separately, TCVN 12843)."),
            new(Loans, "Lượt mượn về nhà", "Home loans", "lượt", "CheckOut events; excludes renewals (ISO 2789: renewals counted separately; no interlibrary loans are recorded)."),
            new(InHouseUses, "Lượt đọc tại chỗ", "In-house uses", "lượt", "InHouseUse events (ISO 2789 in-house use, counted separately from loans)."),
            new(RotationUses, "Lượt sách tại điểm luân chuyển", "Item uses at rotation points", "lượt", "RotationUse events (the counts rotation points report back), sum of Count; only here, never also as loans."),
            new(MobileUses, "Lượt sách qua xe lưu động", "Item uses from the mobile van", "lượt", "MobileUse events (items used at van stops), sum of Count; only here, never also as loans."),
            new(Renewals, "Lượt gia hạn", "Renewals", "lượt", "Renewal and AutomaticRenewal events; counted separately and not in items served (TCVN 12843)."),
            new(Holds, "Lượt đặt mượn", "Reservations (holds placed)", "lượt", "HoldPlaced events; counted separately (TCVN 12843 reservations)."),
        ]),
        new("4", "Lượt truy cập trực tuyến", "Online accesses", [
            new(OnlineAccesses, "Tổng lượt truy cập", "Online accesses", "lượt", $"{Ministry}: số lượt truy cập (OPAC) = searches + record views."),
            new(OpacSearches, "Lượt tra cứu", "Searches", "lượt", "OPAC accesses of kind Search (ISO 2789 searches)."),
            new(OpacRecordViews, "Lượt xem biểu ghi", "Record views", "lượt", "OPAC accesses of kind RecordView (ISO 2789 record views)."),
        ]),
        new("5", "Xây dựng tài nguyên thông tin", "Collection building", [
            new(AddedCopies, "Số bản bổ sung", "Copies added", "bản", $"{Ministry}: copies acquired in the period (AcquiredOn), gifts included (ISO 2789: additions include gifts, counted in physical units); by source and item type."),
            new(AddedTitles, "Số tên bổ sung", "Titles added", "tên", "Distinct bibliographic records among the copies acquired in the period (ISO 2789: additions counted in titles); distinct within each breakdown."),
            new(AddedValue, "Giá trị bổ sung", "Value of additions", "đồng", "Sum of the prices of the copies acquired in the period (copies without a price add nothing)."),
            new(CollectionCopies, "Tổng số bản sách cuối kỳ", "Copies held at the end of the period", "bản", "Copies acquired up to the last day whose status is not Lost or Withdrawn (current status: the 1 January snapshot fixes the year's figure); by DDC main class and location."),
            new(CollectionTitles, "Tổng số tên sách cuối kỳ", "Titles held at the end of the period", "tên", "Distinct records among the copies counted in the collection."),
        ]),
        new("6", "Xử lý tài nguyên thông tin", "Cataloguing", [
            new(RecordsCatalogued, "Số biểu ghi biên mục", "Records catalogued", "biểu ghi", $"{Ministry}: xử lý, biên mục = bibliographic records created in the period (MARC21, AACR2, DDC23); whole network only (records are shared)."),
        ]),
        new("7", "Luân chuyển sách", "Book rotation", [
            new(RotationBatches, "Số đợt luân chuyển", "Rotation batches", "đợt", "Distinct batches with a stage dispatched in the period (Circular 05/2022): a batch moved on is still one batch."),
            new(RotationCopies, "Số bản sách luân chuyển", "Copies sent on rotation", "bản", "Copies sent per stage dispatched in the period: a copy moved on to a second point is counted for each point it served."),
            new(RotationPoints, "Số điểm được luân chuyển", "Points served", "điểm", "Distinct destination sites of the stages dispatched in the period, by kind of point."),
            new(RotationRuralPoints, "Số điểm luân chuyển ở nông thôn", "Rural points served", "điểm", "Distinct rural destinations among the points served."),
            new(RotationReaders, "Lượt bạn đọc tại điểm luân chuyển", "Readers served at rotation points", "lượt", "Same figure as visits at rotation points (shown here for the rotation table, counted once in the totals)."),
            new(RotationItemUses, "Lượt sách luân chuyển được sử dụng", "Item uses reported by rotation points", "lượt", "Item uses from the points' reports (rpt_rotation_usage_v1); equals the RotationUse events counted in items served."),
        ]),
        new("8", "Xe thư viện lưu động", "Mobile library van", [
            new(VanTrips, "Số chuyến xe", "Trips", "chuyến", "Distinct trips dated in the period."),
            new(VanStops, "Số điểm dừng", "Stops", "điểm dừng", "Van stops dated in the period, at the van's site and level; by place stopped at and its area."),
            new(VanReaders, "Lượt bạn đọc", "Readers served", "lượt", "Readers served at the stops, at the van's site and level; same figure as visits via the van."),
            new(VanItems, "Lượt sách", "Items used", "lượt", "Items used at the stops, at the van's site and level (as its MobileUse events in items served); by place stopped at."),
        ]),
        new("9", "Số hóa tài liệu", "Digitisation", InputKeys.Digitisation.Select(k => k.Indicator()).ToList()),
        new("10", "Các loại hình thư viện khác trên địa bàn", "Other libraries in the area", InputKeys.OtherLibraries.Select(k => k.Indicator()).ToList()),
        new("11", "Chỉ tiêu Đề án 329 (phát triển văn hóa đọc)", "Reading-culture targets (Đề án 329)",
        [
            .. InputKeys.Population.Select(k => k.Indicator()),
            new(CopiesPerInhabitant, "Số bản sách bình quân/người dân (mục tiêu 0,4)", "Copies per inhabitant (target 0.4)", "bản/người", "Copies held at the end of the period ÷ population entered for the area (Đề án 329)."),
            new(ItemsPerInhabitant, "Số lượt tài liệu được đọc bình quân/người dân/năm (mục tiêu 4,5)", "Items read per inhabitant (target 4.5)", "lượt/người", "Items served ÷ population."),
            new(VisitsPerInhabitant, "Số lượt bạn đọc bình quân/người dân", "Visits per inhabitant", "lượt/người", "Reader visits (all channels) ÷ population."),
            new(PupilsServedShare, "Tỷ lệ học sinh, sinh viên có thẻ thư viện (mục tiêu 80%)", "Pupils and students with a valid card (target 80%)", "%", "Valid cards at the end of the period in the pupil and student categories (Reporting:PupilCategories) ÷ pupils and students entered × 100."),
            new(RuralServedShare, "Tỷ lệ người dân nông thôn có thẻ thư viện (mục tiêu 20-25%)", "Rural residents with a valid card (target 20-25%)", "%", "Valid cards at the end of the period issued at rural sites ÷ rural population entered × 100."),
        ]),
        new("12", "Thống kê theo TCVN 12843:2019 (ISO 2789:2013)", "ISO 2789 statistics",
        [
            new(IsoRegisteredUsers, "Người dùng đã đăng ký", "Registered users", "người", $"{Iso}: registered users = cards valid at the end of the period. Active users need a reader per event, which the published events deliberately lack."),
            new(IsoVisits, "Lượt đến thư viện", "Visits", "lượt", $"{Iso}: a visit is a person entering the library premises: on-site visits + readers at the mobile van (a mobile library is a service point). Rotation points and online accesses are not visits."),
            new(IsoLoans, "Lượt mượn", "Loans", "lượt", $"{Iso}: loans exclude renewals and interlibrary loans = CheckOut events. Rotation and van item-uses are usage reports, not loans, and stay in the Vietnamese items served only."),
            new(IsoRenewals, "Lượt gia hạn", "Renewals", "lượt", $"{Iso}: renewals counted separately (Renewal + AutomaticRenewal)."),
            new(IsoInHouseUses, "Lượt sử dụng tại chỗ", "In-house uses", "lượt", $"{Iso}: in-house use counted separately."),
            new(IsoReservations, "Lượt đặt trước", "Reservations", "lượt", $"{Iso}: reservations counted separately (HoldPlaced)."),
            new(IsoSearches, "Lượt tìm kiếm", "Searches", "lượt", $"{Iso}: OPAC searches."),
            new(IsoRecordViews, "Lượt xem biểu ghi", "Record views", "lượt", $"{Iso}: OPAC record views."),
            new(IsoAdditionsUnits, "Bổ sung (đơn vị vật lý)", "Additions, physical units", "bản", $"{Iso}: additions include gifts, in physical units."),
            new(IsoAdditionsTitles, "Bổ sung (tên)", "Additions, titles", "tên", $"{Iso}: additions in titles."),
            new(IsoCollectionUnits, "Vốn tài liệu (đơn vị vật lý)", "Collection, physical units", "bản", $"{Iso}: collection at the end of the period."),
        ]),
    ];

    public static readonly IReadOnlyDictionary<string, Indicator> ByCode =
        Sections.SelectMany(s => s.Indicators).ToDictionary(i => i.Code);
}

internal sealed record Section(string Number, string TitleVi, string TitleEn, IReadOnlyList<Indicator> Indicators);

internal sealed record Indicator(string Code, string NameVi, string NameEn, string Unit, string Rule);
