namespace Aligners.Inference.Tests.Facts.Claims;

/// <summary>
/// A state reached by a change or under other conditions ("turns to a gas when heated", "becomes
/// liquid in a hot furnace") is no claim about the state at room temperature.
/// </summary>
[Trait("Category", "Unit")]
public class StateChangesTests
{
    [Theory]
    [InlineData("is bromine a liquid?", "Yes, bromine is a liquid at room temperature. Iodine, by contrast, turns to a gas when heated.")]
    [InlineData("is bromine a liquid?", "Yes, bromine is liquid at room temperature, while sodium melts and becomes liquid in a hot furnace.")]
    [InlineData("which element is liquid at room temperature?", "Bromine is. Chlorine is a gas at room temperature but is liquid under pressure.")]
    public void A_state_under_other_conditions_is_not_read_as_room_temperature(string prompt, string answer) =>
        FactAssert.NotFlagged(prompt, answer);

    [Fact]
    public void A_wrong_state_at_room_temperature_is_still_corrected() =>
        Assert.Equal("solid", FactAssert.Contradiction("is iron liquid?", "Iron is a liquid at room temperature.").Expected);

    [Theory]
    [InlineData("they turn liquid in a warm room", 10)]
    [InlineData("it becomes a gas", 13)]
    [InlineData("it is liquid in your hand", 6)]
    public void Changes_and_conditions_are_recognised(string folded, int at) =>
        Assert.True(StateChanges.Holds(folded, at, folded[at..].Split(' ')[0].Length));

    [Fact]
    public void A_plain_state_is_no_change() =>
        Assert.False(StateChanges.Holds("it is a liquid at room temperature", 8, 6));
}
