#!/usr/bin/env python3
"""Writes training/eval/privacy.jsonl: texts with personal data and secrets, and look-alikes.

Every value is a documented test value or made up on the spot: test card numbers from the payment
processors' sandbox documentation, example IBANs from the IBAN registry and ECBS examples, phone
numbers from the ranges regulators keep for drama and fiction (NANP 555-0100..0199, Ofcom's drama
ranges, ACMA's fictional numbers, the Bundesnetzagentur's film ranges), IP addresses from the
documentation blocks of RFC 5737 and RFC 3849, e-mail domains reserved by RFC 2606, identity
numbers that were voided or published as examples, AWS's documented example keys, the storage
emulator's published key, and random bytes for everything else. Names are the placeholder names
of their countries (Jane Doe, Joe Bloggs, Max Mustermann, ...).

Each line: {"id", "text", "entities": [{"type", "value"}], "source"} and, where a policy allows
values, "allow": [...]. Entities of the types "person" and "address" are labelled too, although
no detector looks for them, so the evaluation can say how much of that it misses.

Run: python3 training/privacy/make_privacy_set.py [--out training/eval/privacy.jsonl]
Python 3 standard library only; the seed makes the output identical on every run.
"""

import argparse
import base64
import json
import os
import random
import string
import urllib.parse

SEED = 20251207
POSITIVES = 340
LOOK_ALIKES = 340

NAMES = ["Jane Doe", "John Doe", "Joe Bloggs", "Max Mustermann", "Erika Mustermann", "Jan Jansen", "Ola Nordmann",
         "Kari Nordmann", "Mario Rossi", "Jean Dupont", "Juan Perez", "Fred Nurk", "Tolvan Tolvansson", "John Q. Public",
         "Richard Roe", "Jane Roe", "Alex Example", "Sam Sample"]
ADDRESSES = ["742 Evergreen Terrace, Springfield", "123 Main Street, Anytown, CA 90210", "Musterstrasse 1, 12345 Musterstadt",
             "1 Example Road, Exampleton EX1 2MP", "Voorbeeldstraat 12, 1234 AB Voorbeeld"]
DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "corp.example", "shop.example.org"]
SUPPORT = [("support@example.com", "+1 800 555 0199"), ("help@example.org", "+1 888 555 0100"), ("service@example.net", "+1 877 555 0142")]

CARDS = ["4111111111111111", "4012888888881881", "4242424242424242", "4000056655665556", "5555555555554444",
         "5105105105105100", "5200828282828210", "2223003122003222", "378282246310005", "371449635398431",
         "6011111111111117", "6011000990139424", "3530111333300000", "3566002020360505", "30569309025904",
         "38520000023237", "6200000000000005", "4222222222222"]
IBANS = ["GB82WEST12345698765432", "GB33BUKB20201555555555", "DE89370400440532013000", "FR1420041010050500013M02606",
         "ES9121000418450200051332", "IT60X0542811101000000123456", "NL91ABNA0417164300", "CH9300762011623852957",
         "AT611904300234573201", "BE68539007547034", "NO9386011117947", "DK5000400440116243", "FI2112345600000785",
         "SE4550000000058398257466", "PL61109010140000071219812874", "IE29AIBK93115212345678", "PT50000201231234567890154",
         "LU280019400644750000"]
US_AREAS = ["202", "212", "312", "415", "617", "713", "206", "303", "404", "512", "646", "718", "801", "919", "305", "702"]
AU_MOBILES = ["491 570 006", "491 570 156", "491 570 157", "491 570 158", "491 570 159", "491 570 110", "491 570 313",
              "491 570 737", "491 571 266", "491 571 491", "491 571 804", "491 572 549", "491 572 665", "491 572 983"]
SSNS = ["078-05-1120", "219-09-9999", "123-45-6789"]
NINOS = ["AB 12 34 56 C", "AB123456C", "CE 10 20 30 A"]
BSNS = ["111222333", "123456782"]
DNIS = ["12345678Z", "00000000T", "X1234567L"]
PERSONNUMMER = ["19121212-1212", "121212-1212"]
AWS_SECRET = "q8Ux2VbKf/3NmT7rYw9ZpLc1HdE5sGjAo6RiBkXe"
AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
ALNUM = string.ascii_letters + string.digits


class Values:
    """Fake values of every kind, drawn from one seeded generator."""

    def __init__(self, rng):
        self.rng = rng

    def pick(self, items):
        return self.rng.choice(items)

    def rand(self, alphabet, n):
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def name(self):
        return self.pick(NAMES)

    def address(self):
        return self.pick(ADDRESSES)

    def email(self, name=None):
        first, *rest = (name or self.name()).lower().replace(".", "").split()
        last = rest[-1] if rest else "user"
        local = self.pick([f"{first}.{last}", f"{first[0]}.{last}", f"{first}_{last}", f"{first}{self.rng.randint(1, 99)}",
                           f"{first}.{last}+{self.pick(['billing', 'news', 'shop'])}", f"{last}.{first}"])
        return f"{local}@{self.pick(DOMAINS)}"

    def phone(self):
        kind = self.rng.randrange(10)
        line = f"01{self.rng.randint(0, 99):02d}"
        area = self.pick(US_AREAS)
        if kind < 5:
            return self.pick([f"({area}) 555-{line}", f"{area}-555-{line}", f"{area}.555.{line}", f"+1 {area} 555 {line}",
                              f"+1-{area}-555-{line}", f"1-{area}-555-{line}"])
        if kind < 7:
            return self.pick([f"+44 20 7946 0{self.rng.randint(0, 999):03d}", f"+44 113 496 0{self.rng.randint(0, 999):03d}",
                              f"+44 161 496 0{self.rng.randint(0, 999):03d}", f"+44 121 496 0{self.rng.randint(0, 999):03d}"])
        if kind < 8:
            return self.pick([f"+61 {self.pick(AU_MOBILES)}", f"+61 2 5550 {self.rng.randint(0, 9999):04d}"])
        return self.pick([f"+49 30 23125 {self.rng.randint(0, 999):03d}", f"+49 69 90009 {self.rng.randint(0, 999):03d}",
                          f"+33 1 99 00 {self.rng.randint(0, 99):02d} {self.rng.randint(0, 99):02d}"])

    def card(self):
        pan = self.pick(CARDS)
        style = self.rng.randrange(3)
        if style == 0 or len(pan) == 13:
            return pan
        sep = " " if style == 1 else "-"
        if len(pan) == 15:
            return sep.join([pan[:4], pan[4:10], pan[10:]])
        if len(pan) == 14:
            return sep.join([pan[:4], pan[4:10], pan[10:]])
        return sep.join(pan[i:i + 4] for i in range(0, len(pan), 4))

    def iban(self, country=None):
        iban = self.pick([i for i in IBANS if country is None or i.startswith(country)])
        if self.rng.random() < 0.5:
            return iban
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))

    def ipv4(self):
        kind = self.rng.randrange(5)
        if kind == 0:
            return f"192.0.2.{self.rng.randint(1, 254)}"
        if kind == 1:
            return f"198.51.100.{self.rng.randint(1, 254)}"
        if kind == 2:
            return f"203.0.113.{self.rng.randint(1, 254)}"
        if kind == 3:
            return f"10.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"
        return f"192.168.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def ipv6(self):
        groups = [f"{self.rng.randint(0, 0xffff):x}" for _ in range(self.rng.randint(2, 4))]
        if self.rng.random() < 0.3:
            return "2001:db8:" + ":".join(f"{self.rng.randint(0, 0xffff):x}" for _ in range(6))
        return "2001:db8::" + ":".join(groups)

    def ip(self):
        return self.ipv6() if self.rng.random() < 0.25 else self.ipv4()

    def aws_key_id(self):
        # Not AWS's documented examples (AKIAIOSFODNN7EXAMPLE), which are placeholders, not keys.
        return "AKIA2OGYBAH6STMJ2J4Q" if self.rng.random() < 0.4 else "AKIA" + self.rand(string.ascii_uppercase + string.digits, 9) + "Q7LXBZD"

    def github(self):
        if self.rng.random() < 0.2:
            return "github_pat_11" + self.rand(string.ascii_uppercase + string.digits, 20) + "_" + self.rand(ALNUM, 59)
        return self.pick(["ghp_", "gho_", "ghs_", "ghu_"]) + self.rand(ALNUM, 36)

    def npm(self):
        return "npm_" + self.rand(ALNUM, 36)

    def openai(self):
        body = self.rand(ALNUM, 48)
        body = body[:5] + "A" + body[6:10] + "z" + body[11:20] + "7" + body[21:]
        return self.pick(["sk-", "sk-proj-"]) + body

    def azure_key(self):
        return AZURITE_KEY if self.rng.random() < 0.3 else base64.b64encode(self.rng.randbytes(64)).decode()

    def sas(self):
        sig = urllib.parse.quote(base64.b64encode(self.rng.randbytes(32)).decode(), safe="")
        query = f"sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01T00:00:00Z&st=2024-05-17T00:00:00Z&spr=https&sig={sig}"
        return query, sig

    def jwt(self):
        def part(obj):
            return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).rstrip(b"=").decode()
        header = {"alg": self.pick(["HS256", "RS256", "ES256"]), "typ": "JWT"}
        payload = {"sub": str(self.rng.randint(10 ** 6, 10 ** 7)), "name": self.name(), "iat": 1716000000 + self.rng.randint(0, 10 ** 6)}
        signature = base64.urlsafe_b64encode(self.rng.randbytes(32)).rstrip(b"=").decode()
        return f"{part(header)}.{part(payload)}.{signature}"

    def pem(self, escaped=False):
        label = self.pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        body = base64.b64encode(self.rng.randbytes(self.rng.choice([96, 144, 192]))).decode()
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        nl = "\\n" if escaped else "\n"
        return f"-----BEGIN {label}-----{nl}" + nl.join(lines) + f"{nl}-----END {label}-----"

    def password(self):
        symbols = "!#$%*@^~"
        chars = [self.rng.choice(string.ascii_lowercase), self.rng.choice(string.ascii_uppercase),
                 self.rng.choice(string.digits), self.rng.choice(symbols)]
        chars += [self.rng.choice(ALNUM + symbols) for _ in range(self.rng.randint(12, 20))]
        self.rng.shuffle(chars)
        return "".join(chars)

    def hex_key(self):
        return self.rng.randbytes(self.rng.choice([16, 20, 32])).hex()

    def national_id(self):
        kind = self.rng.randrange(5)
        if kind == 0:
            return self.pick(["SSN", "Social Security number", "SSN#"]), self.pick(SSNS)
        if kind == 1:
            return self.pick(["National Insurance number", "NINO", "NI number"]), self.pick(NINOS)
        if kind == 2:
            return self.pick(["BSN", "burgerservicenummer"]), self.pick(BSNS)
        if kind == 3:
            return self.pick(["DNI", "NIE", "DNI/NIE"]), self.pick(DNIS)
        return self.pick(["personnummer", "Personnummer"]), self.pick(PERSONNUMMER)


def e(kind, value):
    return {"type": kind, "value": value}


# --- Texts with personal data and secrets: (source, builder) where builder(v) -> (text, entities[, allow]) ---

def signature_a(v):
    n, m, p = v.name(), None, v.phone()
    m = v.email(n)
    return f"Best regards,\n{n}\nSenior Analyst, Example Corp\n{m} | {p}", [e("person", n), e("email", m), e("phone", p)]


def signature_b(v):
    n, p, m = v.name(), v.phone(), None
    m = v.email(n)
    return f"--\n{n}\nT: {p}\nE: {m}\nwww.example.com", [e("person", n), e("phone", p), e("email", m)]


def signature_c(v):
    n, a, p = v.name(), v.address(), v.phone()
    m = v.email(n)
    return (f"Kind regards / Mit freundlichen Gruessen\n{n}\n{a}\nTel. {p}\n{m}",
            [e("person", n), e("address", a), e("phone", p), e("email", m)])


def signature_d(v):
    n, p = v.name(), v.phone()
    return f"Thanks,\n{n}\nMobile {p}\nSent from my phone", [e("person", n), e("phone", p)]


def log_login(v):
    m, ip = v.email(), v.ip()
    return (f"2024-05-17T10:{v.rng.randint(10, 59)}:31.123Z INFO  auth: login ok user={m} ip={ip} ua=\"Mozilla/5.0\"",
            [e("email", m), e("ip", ip)])


def log_access(v):
    ip = v.ipv4()
    return (f"{ip} - - [17/May/2024:10:22:31 +0000] \"GET /api/v1/orders?page=2 HTTP/1.1\" 200 5123 \"-\" \"curl/8.5.0\"",
            [e("ip", ip)])


def log_declined(v):
    c, m = v.card(), v.email()
    return f"2024-05-17 10:22:31 WARN payments: declined card {c} for customer {m} (code 05)", [e("card", c), e("email", m)]


def log_bearer(v):
    t = v.jwt()
    return (f"[2024-05-17 10:22:31] DEBUG http: POST https://api.example.com/v1/charges\nAuthorization: Bearer {t}\nContent-Type: application/json",
            [e("credential", t)])


def log_sas(v):
    q, sig = v.sas()
    return (f"level=error msg=\"upload failed\" url=\"https://examplestore.blob.core.windows.net/uploads/report.pdf?{q}\" status=403",
            [e("credential", sig)])


def log_ssh(v):
    ip = v.ipv6()
    return f"May 17 10:22:31 bastion sshd[2211]: Accepted publickey for deploy from {ip} port 51234 ssh2", [e("ip", ip)]


def log_firewall(v):
    a, b = v.ipv4(), v.ipv4()
    return f"kernel: [UFW BLOCK] IN=eth0 OUT= SRC={a} DST={b} LEN=60 PROTO=TCP SPT=51234 DPT=22", [e("ip", a), e("ip", b)]


def log_signup(v):
    m, p = v.email(), v.phone()
    return f"{{\"level\":\"info\",\"event\":\"signup\",\"email\":\"{m}\",\"phone\":\"{p}\",\"plan\":\"pro\"}}", [e("email", m), e("phone", p)]


def trace_dotnet(v):
    m = v.email()
    return (f"Unhandled exception. System.InvalidOperationException: Could not send receipt to {m}\n"
            "   at Shop.Mailer.SendAsync(Receipt r) in /src/Shop/Mailer.cs:line 42\n"
            "   at Shop.Checkout.CompleteAsync() in /src/Shop/Checkout.cs:line 118", [e("email", m)])


def trace_python(v):
    c = v.card()
    return ("Traceback (most recent call last):\n  File \"/app/billing.py\", line 88, in charge\n"
            f"    gateway.charge(card=\"{c}\", amount=1999)\nValueError: card declined", [e("card", c)])


def trace_java(v):
    ip = v.ipv4()
    return (f"java.sql.SQLException: Access denied for user 'app'@'{ip}' (using password: YES)\n"
            "\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:129)", [e("ip", ip)])


def trace_npgsql(v):
    pw = v.password()
    return (f"Npgsql.PostgresException (0x80004005): 28P01: password authentication failed\n"
            f"Connection string: Host=db.example.com;Username=app;Password={pw};Database=shop", [e("credential", pw)])


def trace_node(v):
    m, ip = v.email(), v.ipv4()
    return (f"Error: SMTP 550 mailbox unavailable for {m}\n    at SMTPConnection._actionRCPT (/app/node_modules/nodemailer/lib/smtp-connection/index.js:1702:24)\n"
            f"    remote: {ip}:25", [e("email", m), e("ip", ip)])


def csv_customers(v):
    n = v.name()
    m, p, i = v.email(n), v.phone(), v.iban()
    return f"id,name,email,phone,iban\n{v.rng.randint(1000, 9999)},{n},{m},{p},{i}", [e("person", n), e("email", m), e("phone", p), e("iban", i)]


def csv_cards(v):
    c = v.card()
    return f"customer_id;card_number;expiry;status\n{v.rng.randint(100, 999)};{c};12/28;active", [e("card", c)]


def csv_access(v):
    ip, m = v.ip(), v.email()
    return f"timestamp,src_ip,user\n2024-05-17T10:22:31Z,{ip},{m}", [e("ip", ip), e("email", m)]


def csv_ids(v):
    n, (label, value) = v.name(), v.national_id()
    return f"name,{label.lower()},dob\n{n},{value},1970-01-01", [e("person", n), e("national-id", value)]


def chat_card(v):
    c, m = v.card(), v.email()
    return (f"Customer: Hi, my card {c} was charged twice.\nAgent: Sorry about that! Can you confirm the email on the account?\n"
            f"Customer: It's {m}.", [e("card", c), e("email", m)])


def chat_iban(v):
    i = v.iban()
    return f"User: can you update my IBAN to {i}? thanks\nBot: Done. We'll use it from the next invoice.", [e("iban", i)]


def chat_callback(v):
    p = v.phone()
    return f"Customer: Please call me back on {p}, I'm free after 5.\nAgent: Will do, talk soon.", [e("phone", p)]


def chat_national(v):
    label, value = v.national_id()
    return f"Customer: my {label} is {value}, do you need anything else for the form?\nAgent: That's all, thank you.", [e("national-id", value)]


def chat_support_allowed(v):
    support, line = v.pick(SUPPORT)
    m = v.email()
    return (f"Agent: You can always write to {support} or call {line}.\nCustomer: ok, my own address is {m} if you need it.",
            [e("email", m)], [support, line])


def chat_password(v):
    pw = v.password()
    return f"User: I can't log in. My password is {pw} and it says invalid.\nAgent: Please never share your password here.", [e("credential", pw)]


def chat_german(v):
    i, p = v.iban("DE"), v.phone()
    return f"Kunde: Meine IBAN lautet {i}. Rufen Sie mich unter {p} an.", [e("iban", i), e("phone", p)]


def code_openai(v):
    k = v.openai()
    return f"import OpenAI from \"openai\";\nconst client = new OpenAI({{ apiKey: \"{k}\" }});\nconst r = await client.responses.create({{ model: \"gpt-4o\" }});", [e("credential", k)]


def code_aws_env(v):
    k = v.aws_key_id()
    return f"export AWS_ACCESS_KEY_ID={k}\nexport AWS_SECRET_ACCESS_KEY={AWS_SECRET}\nexport AWS_DEFAULT_REGION=us-west-2", [e("credential", k), e("credential", AWS_SECRET)]


def code_git_remote(v):
    t = v.github()
    return f"git remote set-url origin https://{t}@github.com/example/repo.git\ngit push origin main", [e("credential", t)]


def code_curl(v):
    t = v.jwt()
    return f"curl -s -H \"Authorization: Bearer {t}\" https://api.example.com/v1/me | jq .", [e("credential", t)]


def code_api_key_header(v):
    k = v.hex_key()
    return f"resp = requests.post(url, headers={{\"X-Api-Key\": \"{k}\"}}, json=payload, timeout=10)", [e("credential", k)]


def code_npmrc(v):
    t = v.npm()
    return f"# .npmrc\n//registry.npmjs.org/:_authToken={t}\nalways-auth=true", [e("credential", t)]


def code_pem(v):
    k = v.pem()
    return f"# do not commit\nPRIVATE_KEY = \"\"\"\n{k}\n\"\"\"", [e("credential", k)]


def code_db(v):
    ip, pw = v.ipv4(), v.password()
    return f"conn = psycopg2.connect(host=\"{ip}\", user=\"app\", password=\"{pw}\", dbname=\"shop\")", [e("ip", ip), e("credential", pw)]


def code_test_fixture(v):
    n = v.name()
    m, c = v.email(n), v.card()
    return (f"def test_checkout():\n    user = User(name=\"{n}\", email=\"{m}\")\n    pay(user, card_number=\"{c}\", cvv=\"123\")",
            [e("person", n), e("email", m), e("card", c)])


def config_aws(v):
    k = v.aws_key_id()
    return f"[default]\naws_access_key_id = {k}\naws_secret_access_key = {AWS_SECRET}\nregion = us-east-1", [e("credential", k), e("credential", AWS_SECRET)]


def config_azure(v):
    k = v.azure_key()
    return ("{\n  \"ConnectionStrings\": {\n    \"Storage\": \"DefaultEndpointsProtocol=https;AccountName=examplestore;"
            f"AccountKey={k};EndpointSuffix=core.windows.net\"\n  }}\n}}", [e("credential", k)])


def config_smtp(v):
    m, pw = v.email(), v.password()
    return f"SMTP_HOST=smtp.example.com\nSMTP_USER={m}\nSMTP_PASSWORD={pw}\nSMTP_PORT=587", [e("email", m), e("credential", pw)]


def config_spring(v):
    pw, ip = v.password(), v.ipv4()
    return (f"spring.datasource.url=jdbc:postgresql://{ip}:5432/shop\nspring.datasource.username=app\nspring.datasource.password={pw}",
            [e("ip", ip), e("credential", pw)])


def config_tokens(v):
    g, o = v.github(), v.openai()
    return f"# CI secrets\nGITHUB_TOKEN={g}\nOPENAI_API_KEY={o}\nLOG_LEVEL=debug", [e("credential", g), e("credential", o)]


def config_yaml(v):
    m, a, b = v.email(), v.ipv4(), v.ip()
    return f"admin_email: {m}\nallowed_ips:\n  - {a}\n  - {b}\nmaintenance: false", [e("email", m), e("ip", a), e("ip", b)]


def config_service_account(v):
    k = v.pem(escaped=True)
    m = f"deployer@example-project.iam.{v.pick(['example.com', 'example.org'])}"
    return (f"{{\n  \"type\": \"service_account\",\n  \"private_key\": \"{k}\\n\",\n  \"client_email\": \"{m}\"\n}}",
            [e("credential", k), e("email", m)])


def config_secret(v):
    k = v.hex_key()
    return f"[app]\nsecret_key = {k}\ndebug = false", [e("credential", k)]


def form_contact(v):
    n, a = v.name(), v.address()
    m, p = v.email(n), v.phone()
    return (f"Name: {n}\nEmail: {m}\nPhone: {p}\nAddress: {a}\nMessage: please delete my account and all my data.",
            [e("person", n), e("email", m), e("phone", p), e("address", a)])


def email_wire(v):
    n = v.name()
    i, m = v.iban(), v.email(n)
    return (f"Please wire the deposit to IBAN {i} (account holder {n}) and send the receipt to {m}.",
            [e("iban", i), e("person", n), e("email", m)])


def email_refund(v):
    c, p = v.card(), v.phone()
    return (f"Hello, I'd like a refund to the card I used ({c}). You can reach me at {p} during office hours.",
            [e("card", c), e("phone", p)])


def email_hr(v):
    n, (label, value) = v.name(), v.national_id()
    return f"Hi HR, for the payroll form: {n}, {label} {value}. Thanks!", [e("person", n), e("national-id", value)]


def ticket_network(v):
    a, b = v.ipv4(), v.ipv6()
    return f"INC-2024-0517: users on {a} cannot reach the VPN; the IPv6 peer {b} answers. Escalated to network team.", [e("ip", a), e("ip", b)]


def answer_llm(v):
    n = v.name()
    m, p = v.email(n), v.phone()
    return (f"Sure! Here is the contact you asked for: {n} can be reached at {m} or by phone at {p}. "
            "Let me know if you need anything else.", [e("person", n), e("email", m), e("phone", p)])


def answer_llm_card(v):
    c, i = v.card(), v.iban()
    return (f"Based on the documents you shared, the card on file is {c} and refunds go to {i}. "
            "I recommend confirming both with the customer.", [e("card", c), e("iban", i)])


def signature_labels(v):
    n, p1, p2 = v.name(), v.phone(), v.phone()
    return f"Met vriendelijke groet,\n\n{n}\nT: {p1} | M: {p2}", [e("person", n), e("phone", p1), e("phone", p2)]


def log_ip_addr(v):
    ip4, ip6 = v.ipv4(), v.ipv6()
    return (f"2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP\n    inet {ip4}/24 scope global dynamic eth0\n"
            f"    inet6 {ip6}/64 scope global dynamic", [e("ip", ip4), e("ip", ip6)])


def csv_card_rows(v):
    c1, c2 = v.rng.sample(CARDS, 2)
    return (f"card_number,exp_month,exp_year,zip,status\n{c1},{v.rng.randint(1, 12):02d},2027,94107,captured\n"
            f"{c2},{v.rng.randint(1, 12):02d},2026,10013,refunded", [e("card", c1), e("card", c2)])


def csv_ssn_rows(v):
    s1, s2 = v.rng.sample(SSNS, 2)
    return f"ssn,first,last,dob\n{s1},Jane,Doe,1984-02-19\n{s2},John,Doe,1990-11-30", [e("national-id", s1), e("national-id", s2)]


def code_token_remote(v):
    t = v.github()
    return f"git remote set-url origin https://{t}@github.com/example/app.git", [e("credential", t)]


def chat_wifi_password(v):
    p = v.pick(["Sommer", "Winter", "Herbst", "Valencia", "Zomer"]) + str(v.rng.randint(1990, 2025)) + v.pick("!$#?")
    return (f"Das Passwort für das Gäste-WLAN „Praxis-Gast“ lautet {p} – bitte nicht an Patienten weitergeben.", [e("credential", p)])


def config_wordpress(v):
    pw = v.password()[:8] + v.pick(["#", "&", "]{", "?"]) + v.rand(ALNUM, 6)
    salt = "".join(v.pick(ALNUM + "]{[%_)=>(,~*:<!?") for _ in range(64))
    return (f"define( 'DB_NAME', 'wp_blog' );\ndefine( 'DB_PASSWORD', '{pw}' );\ndefine( 'AUTH_KEY', '{salt}' );",
            [e("credential", pw), e("credential", salt)])


def config_service_keys(v):
    sg = "SG." + v.rand(ALNUM + "_-", 22) + "." + v.rand(ALNUM + "_-", 43)
    google = "AIza" + v.rand(ALNUM + "_-", 35)
    return f"SENDGRID_API_KEY={sg}\nGOOGLE_MAPS_KEY={google}", [e("credential", sg), e("credential", google)]


POSITIVE_BUILDERS = [
    ("signature", signature_a), ("signature", signature_b), ("signature", signature_c), ("signature", signature_d),
    ("log", log_login), ("log", log_access), ("log", log_declined), ("log", log_bearer), ("log", log_sas),
    ("log", log_ssh), ("log", log_firewall), ("log", log_signup),
    ("stack-trace", trace_dotnet), ("stack-trace", trace_python), ("stack-trace", trace_java), ("stack-trace", trace_npgsql),
    ("stack-trace", trace_node),
    ("csv", csv_customers), ("csv", csv_cards), ("csv", csv_access), ("csv", csv_ids),
    ("support-chat", chat_card), ("support-chat", chat_iban), ("support-chat", chat_callback), ("support-chat", chat_national),
    ("support-chat", chat_support_allowed), ("support-chat", chat_password), ("support-chat", chat_german),
    ("code", code_openai), ("code", code_aws_env), ("code", code_git_remote), ("code", code_curl), ("code", code_api_key_header),
    ("code", code_npmrc), ("code", code_pem), ("code", code_db), ("code", code_test_fixture),
    ("config", config_aws), ("config", config_azure), ("config", config_smtp), ("config", config_spring), ("config", config_tokens),
    ("config", config_yaml), ("config", config_service_account), ("config", config_secret),
    ("form", form_contact), ("email", email_wire), ("email", email_refund), ("email", email_hr), ("ticket", ticket_network),
    ("llm-answer", answer_llm), ("llm-answer", answer_llm_card),
    ("signature", signature_labels), ("log", log_ip_addr), ("csv", csv_card_rows), ("csv", csv_ssn_rows), ("code", code_token_remote),
    ("support-chat", chat_wifi_password), ("config", config_wordpress), ("config", config_service_keys),
]


# --- Look-alikes: nothing personal, nothing secret ---

def digits(v, n, first=None):
    s = (first or str(v.rng.randint(1, 9))) + v.rand(string.digits, n - len(first or "x"))
    return s


def luhn_fails(number):
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 != 0


def card_like_failing(v):
    while True:
        pan = v.pick(["4", "51", "37", "6011"]) + v.rand(string.digits, 15 if v.rng.random() < 0.8 else 14)
        pan = pan[:16]
        if luhn_fails(pan):
            return " ".join(pan[i:i + 4] for i in range(0, len(pan), 4))


def iban_invalid(v):
    iban = v.pick(IBANS)
    pos = v.rng.randrange(4, len(iban))
    old = iban[pos]
    new = v.pick([c for c in string.digits if c != old]) if old.isdigit() else v.pick([c for c in string.ascii_uppercase if c != old])
    return iban[:pos] + new + iban[pos + 1:]


def isbn13(v):
    body = "978" + v.rand(string.digits, 9)
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    check = (10 - total % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:7]}-{body[7:12]}-{check}"


def isbn10(v):
    body = v.rand(string.digits, 9)
    total = sum(int(d) * (10 - i) for i, d in enumerate(body))
    check = (11 - total % 11) % 11
    return f"{body[0]}-{body[1:4]}-{body[4:9]}-{'X' if check == 10 else check}"


def imei(v):
    body = v.pick(["35", "86", "01", "49"]) + v.rand(string.digits, 12)
    total = 0
    for i, ch in enumerate(body):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def uuid(v):
    h = v.rng.randbytes(16).hex()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def semver(v):
    return f"{v.rng.randint(0, 12)}.{v.rng.randint(0, 40)}.{v.rng.randint(0, 30)}"


def four_part(v):
    return f"{v.rng.randint(1, 9)}.{v.rng.randint(0, 9)}.{v.rng.randint(0, 99)}.{v.rng.randint(0, 255)}"


def timestamp(v):
    return f"2024-{v.rng.randint(1, 12):02d}-{v.rng.randint(1, 28):02d}T{v.rng.randint(0, 23):02d}:{v.rng.randint(0, 59):02d}:{v.rng.randint(0, 59):02d}Z"


LOOK_ALIKE_BUILDERS = [
    ("order", lambda v: f"Order #{digits(v, 9)} shipped on 2024-05-17; tracking number 1Z{v.rand(string.ascii_uppercase + string.digits, 16)}."),
    ("order", lambda v: f"Your order {v.rng.randint(100, 999)}-{digits(v, 7)}-{digits(v, 7)} has been delivered."),
    ("order", lambda v: f"Invoice INV-2024-{v.rng.randint(1, 999999):06d} is due on 2024-06-30; amount 1,{v.rng.randint(100, 999)}.00 EUR."),
    ("order", lambda v: f"order_id={digits(v, 16)} status=paid total=49.90"),
    ("order", lambda v: f"PO number {digits(v, 10, '45')} approved; SKU {v.rand(string.ascii_uppercase, 3)}-{digits(v, 5)}."),
    ("tracking", lambda v: f"USPS tracking: 9400 {digits(v, 4)} {digits(v, 4)} {digits(v, 4)} {digits(v, 4)} {digits(v, 2)}"),
    ("tracking", lambda v: f"Parcel {v.rand(string.ascii_uppercase, 2)}{digits(v, 9)}GB is out for delivery."),
    ("isbn", lambda v: f"ISBN {isbn13(v)} (paperback), ISBN-10 {isbn10(v)}."),
    ("isbn", lambda v: f"Cite as: Example, A. (2020). A Book. Example Press. ISBN {isbn13(v).replace('-', '')}"),
    ("version", lambda v: f"Upgraded to v{semver(v)}; the changelog for {semver(v)} lists the fixes."),
    ("version", lambda v: f"<Reference Include=\"Example.Core, Version={four_part(v)}, Culture=neutral, PublicKeyToken=null\" />"),
    ("version", lambda v: f"AssemblyFileVersion(\"{four_part(v)}\") and FileVersion={four_part(v)}"),
    ("version", lambda v: f"Windows 10.0.{v.rng.randint(17000, 22631)}.{v.rng.randint(1, 4000)} build, firmware {four_part(v)}"),
    ("version", lambda v: f"npm i react@18.{v.rng.randint(0, 3)}.0 @types/react@18.2.{v.rng.randint(0, 80)} lodash@4.17.21"),
    ("timestamp", lambda v: f"Job finished at {timestamp(v)} (epoch {v.rng.randint(1700000000, 1760000000)}), took {v.rng.randint(1, 59)}m{v.rng.randint(1, 59)}s."),
    ("timestamp", lambda v: f"[{v.rng.randint(1, 28):02d}/May/2024:{v.rng.randint(0, 23):02d}:{v.rng.randint(0, 59):02d}:{v.rng.randint(0, 59):02d} +0000] cron: backup ok"),
    ("timestamp", lambda v: f"Meeting moved to 2024-05-{v.rng.randint(10, 28)} {v.rng.randint(9, 16)}:30-{v.rng.randint(10, 17)}:45, room {v.rng.randint(1, 9)}B."),
    ("git", lambda v: f"commit {v.rng.randbytes(20).hex()}\nAuthor: CI Bot\n\n    Fix token refresh when the clock skews"),
    ("git", lambda v: f"Merge pull request #{v.rng.randint(10, 9999)} from example/feature ({v.rng.randbytes(4).hex()[:7]})"),
    ("git", lambda v: "git clone git@github.com:example/repo.git && cd repo"),
    ("uuid", lambda v: f"request_id={uuid(v)} trace_id={v.rng.randbytes(16).hex()} span_id={v.rng.randbytes(8).hex()}"),
    ("uuid", lambda v: f"The idempotency key is {uuid(v)}; retry with the same key."),
    ("hash", lambda v: f"docker pull example/app@sha256:{v.rng.randbytes(32).hex()}"),
    ("hash", lambda v: f"SHA-256 checksum of the installer: {v.rng.randbytes(32).hex()}"),
    ("allowed-contact", lambda v: (lambda s: (f"Questions? Write to {s[0]} or call {s[1]}, Monday to Friday.", [s[0], s[1]]))(v.pick(SUPPORT))),
    ("allowed-contact", lambda v: (lambda s: (f"From: Example Support <{s[0]}>\nSubject: Your ticket was resolved", [s[0]]))(v.pick(SUPPORT))),
    ("allowed-contact", lambda v: (lambda s: (f"Reply to {s[0].upper()} if the issue comes back.", [s[0]]))(v.pick(SUPPORT))),
    ("card-like", lambda v: f"Gift voucher code {card_like_failing(v)} (not a payment card)."),
    ("card-like", lambda v: f"Reference number: {card_like_failing(v).replace(' ', '')}"),
    ("card-like", lambda v: "Card numbers are printed as XXXX XXXX XXXX XXXX; only the last four, e.g. **** **** **** 4242, are shown."),
    ("card-like", lambda v: f"IMEI {imei(v)} registered to the device pool."),
    ("iban-like", lambda v: f"Validation failed for IBAN {iban_invalid(v)}: checksum mismatch."),
    ("iban-like", lambda v: "An IBAN has a country code, two check digits and a national account number, e.g. CCkk BBBB BBBB BBBB."),
    ("iban-like", lambda v: f"Part number {v.rand(string.ascii_uppercase, 2)}{digits(v, 2)}{v.rand(string.ascii_uppercase + string.digits, 14)} is back in stock."),
    ("ip-like", lambda v: f"Listening on 127.0.0.1:{v.rng.randint(1024, 65535)} and [::1]:{v.rng.randint(1024, 65535)}; bind 0.0.0.0 in containers."),
    ("ip-like", lambda v: f"Subnet 10.{v.rng.randint(0, 255)}.0.0/16 with netmask 255.255.0.0."),
    ("ip-like", lambda v: f"OID 1.3.6.1.4.1.{v.rng.randint(100, 60000)}.{v.rng.randint(1, 9)} and section {v.rng.randint(1, 9)}.{v.rng.randint(1, 9)}.{v.rng.randint(1, 9)}"),
    ("ip-like", lambda v: f"MAC {':'.join(v.rng.randbytes(6).hex()[i:i + 2] for i in range(0, 12, 2))} at {v.rng.randint(10, 23)}:{v.rng.randint(10, 59)}:{v.rng.randint(10, 59)}"),
    ("ip-like", lambda v: "In C++, std::vector<int>::iterator and Foo::Bar::baz are scoped names."),
    ("phone-like", lambda v: f"Call extension {v.rng.randint(1000, 9999)} or dial 555-01{v.rng.randint(0, 99):02d} from an internal line."),
    ("phone-like", lambda v: f"Error code {digits(v, 10)} returned by the gateway."),
    ("phone-like", lambda v: f"Coordinates {v.rng.randint(-80, 80)}.{v.rng.randint(1000, 9999)}, {v.rng.randint(-170, 170)}.{v.rng.randint(1000, 9999)}"),
    ("phone-like", lambda v: f"Lottery numbers {' '.join(f'{v.rng.randint(1, 49):02d}' for _ in range(6))}"),
    ("phone-like", lambda v: f"Account ID {digits(v, 12)} owns the bucket (account ids are not secret)."),
    ("email-like", lambda v: "Use logo@2x.png and logo@3x.png on retina screens."),
    ("email-like", lambda v: "Decorate the handler with @app.route('/health') and mention @support in chat."),
    ("email-like", lambda v: f"Write to <name>@<domain> or user[at]example[dot]com; ping @team-{v.rand(string.ascii_lowercase, 5)}."),
    ("secret-like", lambda v: "Use a password of at least 12 characters with a number and a symbol."),
    ("secret-like", lambda v: "Set OPENAI_API_KEY to your own key, e.g. OPENAI_API_KEY=<your key>."),
    ("secret-like", lambda v: f"The response had \"token_type\": \"Bearer\", \"expires_in\": {v.rng.randint(600, 7200)}, and used {v.rng.randint(100, 4000)} tokens."),
    ("secret-like", lambda v: "Install scikit-learn (sk-learn) and call sk-learn's fit(); never hard-code secrets."),
    ("secret-like", lambda v: "password: ${DB_PASSWORD}\napi_key: {{ secrets.API_KEY }}\ntoken: <redacted>"),
    ("secret-like", lambda v: f"Base64 of 'hello world' is aGVsbG8gd29ybGQ=; the secret santa draw is on the {v.rng.randint(1, 20)}th."),
    ("secret-like", lambda v: "To rotate the API key, open Settings, then Keys, then press Regenerate."),
    ("secret-like", lambda v: f"token = get_access_token_for(user_{v.rng.randint(1, 99)}) if refresh_token_expired else cached"),
    ("national-id-like", lambda v: f"Case number {digits(v, 3)}-{digits(v, 2)}-{digits(v, 4)} was closed."),
    ("national-id-like", lambda v: f"Batch {digits(v, 8)}{v.pick(string.ascii_uppercase)} passed QA."),
    ("national-id-like", lambda v: f"Reference {digits(v, 9)} in the archive; row {digits(v, 6)}-{digits(v, 4)}."),
    ("model", lambda v: "Models gpt-4o-2024-08-06 and claude-3-5-sonnet-20241022 were compared on arXiv:2403.04224."),
    ("misc", lambda v: f"Hex colour #{v.rng.randbytes(3).hex()}, error 0x{v.rng.randbytes(4).hex()}, address 0x7ffd{v.rng.randbytes(4).hex()}."),
    ("misc", lambda v: f"Price ${v.rng.randint(1, 9)},{v.rng.randint(100, 999)}.{v.rng.randint(10, 99)}; qty {v.rng.randint(1, 9)}; DOI 10.1000/{v.rng.randint(100, 999)}."),
    ("version", lambda v: f"Upgrade path: {four_part(v)} → {four_part(v)} → {four_part(v)}; skipping {semver(v)}.x is supported."),
    ("timestamp", lambda v: f'"telecom": [{{"system": "phone", "use": "home"}}], "birthDate": "19{v.rng.randint(40, 99)}-{v.rng.randint(1, 12):02d}-{v.rng.randint(1, 28):02d}"'),
    ("misc", lambda v: "Conversions: 1 lb = 0.45359237 kg, 1 mile = 1.609344 km, 1 US gal = 3.785411784 l."),
    ("secret-like", lambda v: "Paste your key between the markers:\n-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----"),
    ("ip-like", lambda v: f"address_space = [\"10.{v.rng.randint(0, 255)}.0.0/16\"] and subnet 10.{v.rng.randint(0, 255)}.1.0/24"),
    ("misc", lambda v: f"Random seed {v.rng.randint(10 ** 7, 10 ** 8)}, learning rate 3e-4, batch {v.rng.choice([16, 32, 64])}, step {v.rng.randint(1000, 99999)}."),
]


def build(out):
    rng = random.Random(SEED)
    v = Values(rng)
    rows = []
    for i in range(POSITIVES):
        source, builder = POSITIVE_BUILDERS[i % len(POSITIVE_BUILDERS)]
        built = builder(v)
        text, entities = built[0], built[1]
        row = {"id": f"pii-{i + 1:04d}", "text": text, "entities": entities, "source": source}
        if len(built) > 2:
            row["allow"] = built[2]
        for ent in entities:
            assert ent["value"] in text, (row["id"], ent)
        rows.append(row)
    for i in range(LOOK_ALIKES):
        source, builder = LOOK_ALIKE_BUILDERS[i % len(LOOK_ALIKE_BUILDERS)]
        built = builder(v)
        text, allow = (built if isinstance(built, tuple) else (built, None))
        row = {"id": f"look-{i + 1:04d}", "text": text, "entities": [], "source": source}
        if allow:
            row["allow"] = allow
        rows.append(row)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} texts ({POSITIVES} with personal data or secrets, {LOOK_ALIKES} look-alikes) to {out}")


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(here, "..", "eval", "privacy.jsonl"))
    build(os.path.normpath(parser.parse_args().out))
