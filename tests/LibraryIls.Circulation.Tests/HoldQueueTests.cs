using LibraryIls.BuildingBlocks.Errors;
using LibraryIls.Circulation.Holds;
using LibraryIls.Circulation.Rules;

namespace LibraryIls.Circulation.Tests;

public sealed class HoldQueueTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 3, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Record = Guid.NewGuid();
    private static readonly Guid Desk = Guid.NewGuid();
    private static readonly Guid Branch = Guid.NewGuid();

    private static readonly CirculationRule Rule = CirculationRule.Create(null, null, null,
        new RuleTerms(LoanPeriod.Days(14), 5, null, 1, LoanPeriod.Days(7), true, 2, false, null));

    private static Hold Place(List<Hold> holds, Guid reader, Guid pickup, int minutesLater)
    {
        var hold = new HoldQueue(holds).Place(Record, reader, "NGUOI_LON", pickup, Rule, 0, false, Now.AddMinutes(minutesLater));
        holds.Add(hold);
        return hold;
    }

    [Fact]
    public void Given_three_holds_When_copies_come_back_Then_they_are_served_first_come_first_served()
    {
        var holds = new List<Hold>();
        var first = Place(holds, Guid.NewGuid(), Desk, 0);
        var second = Place(holds, Guid.NewGuid(), Branch, 5);
        var third = Place(holds, Guid.NewGuid(), Desk, 10);
        new HoldQueue(holds).PositionOf(third.Id).ShouldBe(3);

        new HoldQueue(holds).TrapFor(Guid.NewGuid(), Desk, Now.AddDays(3)).ShouldBe(first);
        first.Status.ShouldBe(HoldStatus.ReadyForPickup);
        var trapped = new HoldQueue(holds).TrapFor(Guid.NewGuid(), Desk, Now.AddDays(3));
        trapped.ShouldBe(second);
        second.Status.ShouldBe(HoldStatus.InTransit); // returned at the desk, to be collected at the branch
        new HoldQueue(holds).PositionOf(third.Id).ShouldBe(1);
    }

    [Fact]
    public void Given_a_ready_hold_When_not_collected_in_time_Then_it_expires_and_can_no_longer_be_filled()
    {
        var holds = new List<Hold>();
        var hold = Place(holds, Guid.NewGuid(), Desk, 0);
        hold.Trap(Guid.NewGuid(), Desk, Now.AddDays(3));
        hold.ExpireIfUncollected(Now.AddDays(2)).ShouldBeFalse();
        hold.ExpireIfUncollected(Now.AddDays(4)).ShouldBeTrue();
        Should.Throw<RuleViolationException>(() => hold.Fill(Now.AddDays(4))).Code.ShouldBe("HOLD_WRONG_STATE");
    }

    [Fact]
    public void Given_the_rules_When_a_hold_breaks_one_Then_its_code()
    {
        var reader = Guid.NewGuid();
        var holds = new List<Hold>();
        Place(holds, reader, Desk, 0);
        var queue = new HoldQueue(holds);
        Should.Throw<RuleViolationException>(() => queue.Place(Record, reader, "NGUOI_LON", Desk, Rule, 1, false, Now)).Code.ShouldBe("HOLD_ALREADY_PLACED");
        Should.Throw<RuleViolationException>(() => queue.Place(Record, Guid.NewGuid(), "NGUOI_LON", Desk, Rule, 2, false, Now)).Code.ShouldBe("HOLD_LIMIT_REACHED");
        Should.Throw<RuleViolationException>(() => queue.Place(Record, Guid.NewGuid(), "NGUOI_LON", Desk, Rule, 0, true, Now)).Code.ShouldBe("TITLE_ALREADY_ON_LOAN_TO_READER");
        var noHolds = CirculationRule.Create(null, null, null, Rule.Terms with { HoldsAllowed = false });
        Should.Throw<RuleViolationException>(() => queue.Place(Record, Guid.NewGuid(), "NGUOI_LON", Desk, noHolds, 0, false, Now)).Code.ShouldBe("HOLDS_NOT_ALLOWED");
    }
}
