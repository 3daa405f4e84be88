using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Aligners.Inference.Privacy;

namespace Aligners.Bench;

/// <summary>
/// The privacy scanner on an LLM answer of about 300 words holding an e-mail address, a phone
/// number, a card number, an IBAN, an IP address and a key, and on the same answer ten and forty
/// times over: per-scan latency (p50, p95), the cost per 1,000 characters (flat if the scan is linear
/// in the text), and redaction on top. Then inputs built to hurt (runs of digit groups, dotted and
/// colon-separated numbers, "+1 " repeated, unterminated PEM headers, "eyJ" tokens, "sig=" queries,
/// named values without spaces, open quotes, CSV rows, password clauses, versions beside addresses,
/// auth pairs left open, values of ampersands, dates with an hour, digit groups of identifiers, and the later sets'
/// kinds of text: commands, version lines, text tables, denied secrets, conference codes, ARNs, bracketed names,
/// separated CSV cards, identifiers after country codes, in records, URL paths and error lines, URL passwords holding '#' and '@',
/// secret stores' names, identifier fields beside passwords, passwords of letters, personnummer keys, fill-in addresses,
/// versions in file names, plain table rows, rows led by a country code, chat passwords, asides after a copula)
/// at 10,000 and 100,000 characters: a linear scan costs about ten times as much for the longer one.
/// </summary>
internal static class PrivacyBench
{
    private const string Paragraph =
        "Thanks for reaching out. I looked into the billing question you raised last week and put together a short summary of "
        + "what happened and what we can do next. Your account shows two charges on the card 4111 1111 1111 1111 from the same "
        + "afternoon; the second one was a retry after the payment gateway timed out, and it should have been voided automatically. "
        + "It was not, because the retry came from a different address (203.0.113.42) than the session that started the checkout. "
        + "I have asked the payments team to reverse it, and the refund should reach you within five to seven business days. "
        + "If you would rather have the money sent to your bank, reply with confirmation that GB82 WEST 1234 5698 7654 32 is still "
        + "the right account and we will wire it instead. For anything urgent you can call me directly on (202) 555-0143 between "
        + "nine and five, or write to jane.doe@example.com and I will pick it up the same day. On the technical side, the engineer who "
        + "investigated left a note in the ticket: the integration still uses the old key AKIA2OGYBAH6STMJ2J4Q, which we will rotate "
        + "this week, and the webhook retries are now capped at three attempts with exponential backoff so the same thing cannot "
        + "happen twice. We are also adding an alert when a checkout produces more than one authorization within ten minutes, which "
        + "would have caught this case early. I am sorry for the trouble this caused, and I appreciate your patience while we sorted "
        + "it out. Please let me know if the summary is unclear or if there is anything else on your account you would like me to "
        + "check while I have it open; I am happy to walk through the charges line by line on a call if that is easier for you. "
        + "Thanks again, and have a good rest of your week.";

    public static JsonObject Run(int iterations)
    {
        var scanner = PrivacyScanner.Create();
        var redactor = new Redactor(PrivacyPolicy.Default);
        var result = new JsonObject
        {
            ["words"] = Paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length,
            ["findings"] = scanner.Scan(Paragraph).Findings.Count,
        };
        Lengths(result, scanner, redactor, iterations);
        // A deployment reading national phone formats of eight regions: one more phone pass per region.
        var eightRegions = PrivacyScanner.Create(new PrivacyPolicy { PhoneRegion = "US", PhoneRegions = ["CA", "GB", "DE", "FR", "ES", "NL", "AU"] });
        result["eightPhoneRegions"] = Lengths(new JsonObject(), eightRegions, redactor, iterations);
        var adversarial = new JsonObject();
        foreach (var (name, unit) in Adversarial)
        {
            var ms = new[] { 10_000, 100_000 }.Select(n =>
            {
                var text = new StringBuilder().Insert(0, unit, n / unit.Length).ToString();
                return Measure.MedianSeconds(() => scanner.Scan(text), warmup: 1, trials: 3) * 1000;
            }).ToArray();
            adversarial[name] = new JsonObject { ["ms10k"] = Math.Round(ms[0], 2), ["ms100k"] = Math.Round(ms[1], 2), ["ratio"] = Math.Round(ms[1] / ms[0], 1) };
        }
        result["adversarial"] = adversarial;
        return result;
    }

    /// <summary>Scan and redaction times of the paragraph at 1x, 10x and 40x its length, written into <paramref name="result"/>.</summary>
    private static JsonObject Lengths(JsonObject result, PrivacyScanner scanner, Redactor redactor, int iterations)
    {
        foreach (var times in new[] { 1, 10, 40 })
        {
            var text = new StringBuilder().Insert(0, Paragraph + "\n\n", times).ToString();
            var runs = Math.Max(20, iterations / times);
            // A service scans for its whole life: warm up for two seconds, long enough for the runtime's
            // tiered compilation to replace its first, unoptimised code, so the first length measured
            // reads the steady state as the later ones do.
            var warmup = Stopwatch.StartNew();
            for (var i = 0; i < 5 || warmup.Elapsed < TimeSpan.FromSeconds(2); i++)
            {
                scanner.Scan(text);
            }
            var scans = new List<double>();
            var redactions = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var t = Stopwatch.GetTimestamp();
                var scan = scanner.Scan(text);
                scans.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                t = Stopwatch.GetTimestamp();
                redactor.Redact(text, scan, new PrivacyVault());
                redactions.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
            var p50 = Measure.Percentile(scans, 0.5);
            result[$"x{times}"] = new JsonObject
            {
                ["characters"] = text.Length,
                ["runs"] = runs,
                ["scanMsP50"] = Math.Round(p50, 3),
                ["scanMsP95"] = Math.Round(Measure.Percentile(scans, 0.95), 3),
                ["scanMsPer1000Chars"] = Math.Round(p50 * 1000 / text.Length, 4),
                ["redactMsP50"] = Math.Round(Measure.Percentile(redactions, 0.5), 3),
            };
        }
        return result;
    }

    private static readonly (string Name, string Unit)[] Adversarial =
    [
        ("digit runs", "1 "), ("digit groups", "4111 "), ("dotted numbers", "1."), ("colon numbers", "1:"), ("plus one", "+1 "),
        ("unterminated PEM", "-----BEGIN RSA PRIVATE KEY-----\n"), ("jwt prefixes", "eyJhbGciOiJIUzI1NiJ9."), ("sas queries", "&sig=abcdefghijklmnopqrstuvwxyz"),
        ("at signs", "a@"), ("named secrets", "password: "), ("glued named secrets", "password:"), ("open quotes", "'a "),
        ("csv rows", "card_number,ssn\n4111111111111111,078-05-1120\n"), ("password clauses", "Passwort lautet Ab1234567! "),
        ("four-part numbers", "v1.2.3.4 10.0.0.1/24 "),
        ("auth pairs", "auth=(\"u\", \""), ("ampersand values", "Passwort: a&b&"), ("dated numbers", "03.08.2026 20 "),
        ("identifier digits", "2 82 05 59 913 "),
        ("command passwords", "rabbitmqctl add_user a "), ("version lines", "plugin API 1.2.3.4, schema 1.2.0.0 "),
        ("text tables", " a | ssn\n---+-----\n 1 | 2\n"), ("denied secrets", "not a secret: iVBORw0KGgoAAAANSUhEUg "),
        ("conference codes", "dial-in code 612 345 678# "), ("resource names", "key: arn:aws:secretsmanager:eu-west-1:1:secret:a-"),
        ("secret glosses", "the secret (a_b) "), ("separated csv cards", "pan,exp\n4111 1111 1111 1111,04/27\n"),
        ("country codes", "FI 131052-308T NO 15088312381 "), ("country records", "{\"country\":\"NO\",\"id\":\"15088312381\"} "),
        ("identifier urls", "/bsn/111222333/"), ("error quotes", "ValidationError tax_id='44051401359' "),
        ("url passwords", "x://u:p#q@a.bc#"), ("secret store names", "key: projects/p/secrets/a/versions/1 "),
        ("identifier fields", "\"password\":\"Ab1!x\",\"trace_id\":\"0a1b2c3d4e5f60718293a4b5c6d7e8f9\","),
        ("letter passwords", "wachtwoord is Ab!cdEfgh "), ("personnummer keys", "personalNumber=8507099805 "),
        ("placeholder addresses", "e.g. a@yourdomain.com "),
        ("file name versions", "a-1.2.3333.4-x.zip "), ("plain table rows", "sw-1  AB12  1.22.6421.91\n"), ("country rows", "FI|a|131052-308T|x\n"),
        ("chat passwords", "what's the pw?\nroot / Ab!cd123\n"), ("password asides", "Passwort ist übrigens Ab1234567! "),
        ("contract numbers", "Vertragsnummer 512.338.907 "), ("ticket numbers", "e-ticket 220-4417730925 "), ("prefixed ids", "ORD-61123490 "),
        ("password hashes", "hash: $argon2id$v=19$m=1,t=1,p=1$c2FsdA$aGFzaA "), ("unfinished hashes", "password: $argon2id$v=19$m=1,"),
        ("ini keys", "pwd = Ab12.CD\n"), ("user claves", "usuario a / clave Ab1234567! "), ("quoted identifiers", "SSN 536-22-8104 then 536-22-8104 "),
        ("component lists", "  agent  1.2.3.4\n"), ("register numbers", "RCS Lyon B 612 345 678 "), ("path segments", "/a/b/61234567 "),
        ("garbled labels", "Te1ephone .. 0612345678\n"), ("policy versions", "password policy v1.2.3 "), ("bsn groups", "BSN 111 222 333 "),
        ("generic id labels", "ID number .... 12345678Z\n"),
    ];
}
