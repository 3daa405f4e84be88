using Aligners.Inference.Privacy;

namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class PasswordShapesTests
{
    private static readonly CredentialDetector Detector = new();

    private static string[] Found(string text) =>
        [.. Detector.Detect(text).OrderBy(e => e.Start).Select(e => text.Substring(e.Start, e.Length))];

    [Theory]
    [InlineData("$ cat ~/.pgpass\ndb1.example.org:5432:billing:report:Kw9-tide.Lamp", "Kw9-tide.Lamp")]
    [InlineData("10.1.2.3:*:*:etl:Rq7!mossy_Gate", "Rq7!mossy_Gate")] // any port, as the file allows
    [InlineData("# pgpass for the warehouse\nwh.internal:6543:dw:loader:Plum42-ferry", "Plum42-ferry")] // another port, in a text naming the file
    public void The_fifth_field_of_a_password_file_line_is_the_password(string text, string expected)
    {
        Assert.Equal([expected], Found(text));
    }

    [Theory]
    [InlineData("10:30:45:12:99")] // a time with more fields, no host
    [InlineData("build 1:2:3:4:5 done")] // not a line of its own
    [InlineData("cache.local:6379:0:ttl:300")] // another port in a text that names no password file
    public void Colon_separated_fields_that_are_no_password_file_line_are_left_alone(string text)
    {
        Assert.Empty(Found(text));
    }

    [Theory]
    [InlineData("ldapmodify -x -D \"cn=admin,dc=ex,dc=org\" -w 'Gull7-harbour' -f change.ldif", "Gull7-harbour")]
    [InlineData("/usr/bin/ldapwhoami -H ldaps://dir -D uid=svc -w Tw33d!Owl", "Tw33d!Owl")]
    [InlineData("sshpass -p 'Brick9$lantern' ssh deploy@build-07", "Brick9$lantern")]
    [InlineData("redis-cli -h cache -a Vx81qLmn0pz ping", "Vx81qLmn0pz")]
    [InlineData("mongosh --host db --username app --password 'R8#delta-Fern'", "R8#delta-Fern")]
    [InlineData("pg_dumpall --password=Lime7Kettle", "Lime7Kettle")]
    public void A_clients_password_option_gives_its_value_as_the_password(string text, string expected)
    {
        Assert.Contains(expected, Found(text));
    }

    [Theory]
    [InlineData("grep -w 'error' app.log")] // -w is grep's whole-word option
    [InlineData("ssh -p 2222 host")] // ssh's -p is a port
    [InlineData("use --password prompt to be asked")] // a word, not a password
    [InlineData("ldapsearch -w <password> -b dc=ex")] // a placeholder
    public void The_same_options_of_other_tools_or_with_placeholders_are_not_passwords(string text)
    {
        Assert.Empty(Found(text));
    }

    [Theory]
    [InlineData("[09:12] Tom : what's the wifi password?\n[09:13] Ines : Koala!Drift58\n[09:13] Tom : thanks", "Koala!Drift58")]
    [InlineData("anna: wie lautet das Passwort für den Server\nben: Fenster.Blau29", "Fenster.Blau29")]
    [InlineData("Password?\nM7v-qe9Tz", "M7v-qe9Tz")]
    public void A_one_token_answer_to_a_question_asking_for_a_password_is_the_password(string text, string expected)
    {
        Assert.Equal([expected], Found(text));
    }

    [Theory]
    [InlineData("[09:12] Tom : what's the wifi password?\n[09:13] Ines : no idea, ask Sam")] // a sentence, not a token
    [InlineData("what's the password?\n\nSunflower77")] // a blank line ends the exchange
    [InlineData("I changed the password.\nRelease2024x")] // no question
    [InlineData("what's the password?\nforgotten")] // a plain word
    public void A_line_that_does_not_answer_a_password_question_with_one_token_is_no_password(string text)
    {
        Assert.Empty(Found(text));
    }

    [Theory]
    [InlineData("Guest network: WIFI:T:WPA;S:Lobby-5G;P:Harbour7!kite;H:false;;", "Harbour7!kite")]
    [InlineData("qr payload WIFI:S:Atelier;T:WPA;P:vX4#mq9Lr2;;", "vX4#mq9Lr2")]
    public void The_password_field_of_a_wifi_qr_code_is_the_password(string text, string expected)
    {
        Assert.Equal([expected], Found(text));
    }

    [Fact]
    public void A_wifi_qr_code_of_an_open_network_holds_no_password()
    {
        Assert.Empty(Found("WIFI:T:nopass;S:Library-Free;;"));
    }

    [Theory]
    [InlineData("[08:02] li: what's the vpn password?\n[08:04] jo: it's Gq4!rTz9_Lm2 - keep it off the wiki", "Gq4!rTz9_Lm2")]
    [InlineData("ana: wifi password for the lab?\nben: Harbour2031, but it changes on Monday", "Harbour2031")]
    [InlineData("Wie lautet das Passwort?\nes ist Tanne7#Wald (nicht weitergeben)", "Tanne7#Wald")]
    public void An_answer_that_says_more_than_the_password_gives_it_first(string text, string expected)
    {
        Assert.Equal([expected], Found(text));
    }

    [Theory]
    [InlineData("what's the admin password?\nno idea - ask the ops team")] // words, not a password
    [InlineData("what's the admin password?\nit's reset weekly - check the vault")]
    public void An_answer_of_words_before_a_dash_gives_no_password(string text)
    {
        Assert.Empty(Found(text));
    }

    [Theory]
    [InlineData("--- a/.pgpass\n+++ b/.pgpass\n+db2.example.org:5432:sales:etl:Lark8-mossy.Reed", "Lark8-mossy.Reed")]
    [InlineData("@@ -1,2 +1,2 @@\n-mysql -u app -pOld4Field!x\n+mysql -u app -pNew7Grove!y", "Old4Field!x", "New7Grove!y")]
    public void A_password_on_a_diffs_line_is_read_as_on_the_line_without_its_marker(string text, params string[] expected)
    {
        Assert.Equal(expected, Found(text));
    }

    [Theory]
    [InlineData("[18:40] Mara: quick, what's the pw?\n[18:41] Oskar: Pflaume.Grau77", "Pflaume.Grau77")]
    [InlineData("lena: whats the wifi pass\njoost: Gracht!Fiets8", "Gracht!Fiets8")]
    [InlineData("[10:01] Ron: what's the pwd for the nas?\n[10:02] Ida: root / Tern#Harbor5 - same as before", "Tern#Harbor5")]
    [InlineData("sam: wie ist das pw?\nkai: backup / Wolke7Lampe!", "Wolke7Lampe!")]
    public void A_chats_short_word_for_a_password_asks_for_one_and_a_user_slash_password_answer_gives_it(string text, string expected)
    {
        Assert.Equal([expected], Found(text));
    }

    [Theory]
    [InlineData("[12:00] Bo: did the build pass?\n[12:01] Cy: Build-4471x")] // "pass" the verb asks for nothing
    [InlineData("what's the pw?\nadmin / reboot")] // a plain word after the user name
    [InlineData("which route do we take, A1 / A7?\nnorth / Quay-4")] // no password word in the question
    public void A_question_that_asks_for_no_password_or_an_answer_of_no_password_shape_gives_none(string text)
    {
        Assert.Empty(Found(text));
    }
}
