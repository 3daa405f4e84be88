using Aligners.Inference.Privacy;

namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class SelectColumnsTests
{
    private static readonly NationalIdDetector Detector = new();

    private const string Table =
        "mysql> SELECT e.id, e.name, e.{0} FROM employees e LIMIT 1;\n"
        + "+----+-----------+-------------+\n"
        + "| 12 | R. Okafor | 512-44-8821 |\n"
        + "+----+-----------+-------------+\n"
        + "1 row in set (0.01 sec)";

    [Fact]
    public void An_ssn_under_a_column_the_query_above_names_ssn_is_a_national_identifier()
    {
        var text = string.Format(Table, "ssn");
        Detector.SingleAt(text, "512-44-8821");
    }

    [Fact]
    public void The_same_digits_under_a_column_named_otherwise_are_not()
    {
        Assert.Empty(Detector.Detect(string.Format(Table, "badge_code")));
    }

    [Theory]
    [InlineData("SELECT id, tax_no AS ssn, email FROM people", 1, "ssn")]
    [InlineData("mysql> select p.id, p.ssn from p;", 1, "ssn")]
    [InlineData("SELECT id, COALESCE(a, b), ssn FROM t", 2, "ssn")]
    [InlineData("SELECT * FROM t", 0, "")]
    [InlineData("SHOW TABLES", 0, "")]
    public void The_select_list_names_each_cell_by_position(string query, int column, string name)
    {
        Assert.Equal(name, SelectColumns.Listed(query, column).ToString());
    }

    [Fact]
    public void A_table_with_its_own_heading_row_keeps_its_heading()
    {
        const string text = "mysql> SELECT id, ssn FROM t;\n+----+-------------+\n| id | badge       |\n+----+-------------+\n| 12 | 512-44-8821 |\n+----+-------------+";
        Assert.Empty(Detector.Detect(text));
    }
}
