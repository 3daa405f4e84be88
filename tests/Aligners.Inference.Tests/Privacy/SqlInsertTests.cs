namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class SqlInsertTests
{
    private static string Column(string text, string value)
    {
        var at = text.IndexOf(value, StringComparison.Ordinal);
        var cell = Assert.Single(SqlInsert.Cells(text), c => c.Start <= at && at < c.End);
        return text.Substring(cell.NameStart, cell.NameLength);
    }

    [Fact]
    public void Each_value_is_paired_with_the_column_in_its_place()
    {
        var text = "INSERT INTO staff (id, name, ssn, mobile) VALUES (3, 'Ruth', '628194821', '0612345678');";

        Assert.Equal("name", Column(text, "Ruth"));
        Assert.Equal("ssn", Column(text, "628194821"));
        Assert.Equal("mobile", Column(text, "0612345678"));
    }

    [Fact]
    public void Every_row_of_a_multi_row_insert_is_paired_and_quoted_commas_and_calls_are_one_value()
    {
        var text = "insert into `people` (`note`, `created`, `bsn`)\nvalues\n  ('moved, see file', NOW(), '252760189'),\n  ('it''s fine', NOW(), '507529170');";

        Assert.Equal("bsn", Column(text, "252760189"));
        Assert.Equal("bsn", Column(text, "507529170"));
        Assert.Equal("note", Column(text, "it''s fine"));
    }

    [Fact]
    public void An_insert_without_a_column_list_names_nothing()
    {
        Assert.Empty(SqlInsert.Cells("INSERT INTO people VALUES (1, '252760189');"));
    }

    [Fact]
    public void Values_beyond_the_column_list_name_nothing()
    {
        var text = "INSERT INTO t (a) VALUES (1, '252760189');";

        Assert.DoesNotContain(SqlInsert.Cells(text), c => text[c.Start..c.End].Contains("2527"));
    }
}
