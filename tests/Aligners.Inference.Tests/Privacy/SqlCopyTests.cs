namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class SqlCopyTests
{
    private static readonly NationalIdDetector Detector = new();

    [Fact]
    public void A_row_of_copy_data_is_read_under_the_copys_column_list()
    {
        // 131052-308T is the HETU's own documented shape: DDMMYY, '-', 308, check character T.
        var text = "COPY public.members (id, full_name, hetu) FROM stdin;\n17\tAino Virtanen\t131052-308T\n\\.\nSELECT 131052-308T;";
        var layout = TextLayout.Of(text);

        Assert.Equal("hetu", layout.ColumnHeading(text.IndexOf("131052", StringComparison.Ordinal)).ToString());
        Assert.Equal("", layout.ColumnHeading(text.LastIndexOf("131052", StringComparison.Ordinal)).ToString()); // after the "\." line
    }

    [Fact]
    public void Ten_bare_digits_under_a_copy_column_named_for_a_personnummer_are_one()
    {
        var text = "COPY kunder (id, personnummer) FROM stdin;\n4\t8112189876\n\\.";

        Detector.SingleAt(text, "8112189876");
    }
}
