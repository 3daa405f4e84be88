namespace Aligners.Inference.Tests.Privacy;

[Trait("Category", "Unit")]
public class SecretEntropyDetectorTests
{
    private static readonly SecretEntropyDetector Detector = new();

    [Theory]
    [InlineData("DB_PASSWORD=xK9#mQ2$vL7@pR4!", "xK9#mQ2$vL7@pR4!")]
    [InlineData("\"client_secret\": \"Qm8~vT3.zX6_kP1-wN4.rB9~yH2_dF5\"", "Qm8~vT3.zX6_kP1-wN4.rB9~yH2_dF5")]
    [InlineData("aws_secret_access_key = q8Ux2VbKf/3NmT7rYw9ZpLc1HdE5sGjAo6RiBkXe", "q8Ux2VbKf/3NmT7rYw9ZpLc1HdE5sGjAo6RiBkXe")]
    [InlineData("my api key is 4f9d2c7b1e8a6f3d0c5b9e2a7d4f1c8b.", "4f9d2c7b1e8a6f3d0c5b9e2a7d4f1c8b")]
    [InlineData("headers = {\"X-Api-Key\": \"Zr7Yq2Lm9Wx4Tb6Nc1Vd8Ks3\"}", "Zr7Yq2Lm9Wx4Tb6Nc1Vd8Ks3")]
    [InlineData("https://example.com/callback?token=Hq3Rt8Vw2Yz6Bn1Mk5Lp9Jd4&state=1", "Hq3Rt8Vw2Yz6Bn1Mk5Lp9Jd4")]
    [InlineData("accessToken: 'dGhpcyBpcyBub3QgYSByZWFsIHRva2Vu=='", "dGhpcyBpcyBub3QgYSByZWFsIHRva2Vu==")]
    [InlineData("# secret = /loHI3Yhc1OxT+8QY4+3BMDogiSTRIiP9LJm7R04", "/loHI3Yhc1OxT+8QY4+3BMDogiSTRIiP9LJm7R04")] // base64 starting with '/'
    [InlineData("smtp:\n  pass: tGMvldxwK9kLWBsZFwJgO52", "tGMvldxwK9kLWBsZFwJgO52")]
    [InlineData("SMTP_PASS=Wq8rTz2LmN4vXc7B", "Wq8rTz2LmN4vXc7B")]
    public void A_random_value_named_as_a_secret_is_found(string text, string expected)
    {
        var entity = Detector.SingleAt(text, expected);

        Assert.Equal(PrivacyTypes.Credential, entity.Type);
    }

    [Theory]
    [InlineData("In settings.yaml write `password: \"insert-your-password-here\"` and restart.")]
    [InlineData("Fill in password: \"your_secret_goes_here\" in the form.")]
    [InlineData("Run: mysql \"mysql://<name>:<pass>@<server>:3306/<schema>\" and swap in your values.")]
    public void Fill_in_instructions_and_templates_with_named_slots_are_not_secrets(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("SMTP_PASSWORD=your-Tz8qW2-here", "your-Tz8qW2-here")] // a real value merely beside fill-in words
    public void A_value_with_digits_among_fill_in_words_is_still_found(string text, string expected) =>
        Detector.SingleAt(text, expected);

    [Theory]
    [InlineData("password: hunter2")] // too short to tell
    [InlineData("password = changeme_changeme_now")] // not random
    [InlineData("commit 9fceb02d0ae598e95dc970b74767f19372d61af8 fixed the token refresh")] // random, named as nothing
    [InlineData("The token expires in 3600 seconds; request id 7f3e9c2a-1b4d-4e8f-9a6c-2d5b8e1f0a3c")]
    [InlineData("token = getAccessTokenForUser2(scope)")]
    [InlineData("Reset your password at https://example.com/account/reset-password/Xy12Ab34Cd56")]
    [InlineData("password reset sent to ola.nordmann+reset2024@example.org")]
    [InlineData("\"token_type\": \"Bearer\", \"expires_in\": 3600")]
    [InlineData("API key: <YOUR_API_KEY_HERE>")]
    [InlineData("secret = ${VAULT_SECRET_VALUE}")]
    [InlineData("M:Tracker.AddLong(Microsoft.Latency.MeasureToken,System.Int64)")] // a parameter list
    [InlineData("M:Get(System.Threading.CancellationToken,System.Threading.Tasks.Task{System.String})")] // a list of types, not a name and its value
    [InlineData("P:Microsoft.AspNetCore.Identity.IdentityUserToken`1.LoginProvider")] // a qualified name
    [InlineData("new ApiKeyCredential(options.ApiKey!)")]
    [InlineData("\"private_key_id\": \"23350b233931da53f50a0be52d057e0bd04ab300\"")] // names the key's identifier
    [InlineData("secretKeyId: Qm8vT3zX6kP1wN4rB9yH")]
    [InlineData("passport: X4kLm9Qw2Er7Ty5U and bypass: Zr7Yq2Lm9Wx4Tb6Nc1")] // "pass" inside other words
    [InlineData("access_key = AKIAXXXXXXXXXXXXXXXX")] // a placeholder
    [InlineData("Use the docs at /usr/share/doc/openssl3Xk9/README2Bq7")] // a path
    public void Randomness_or_a_secret_word_alone_is_not_enough(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("aaaa", 0)]
    [InlineData("abcd", 2)]
    [InlineData("aabb", 1)]
    public void Entropy_is_shannons_in_bits_per_character(string value, double bits)
    {
        Assert.Equal(bits, SecretEntropyDetector.Entropy(value), 6);
    }

    [Theory]
    [InlineData("define( 'DB_PASSWORD', 'C2kTfjESD#1hc$lOYf&' );", "C2kTfjESD#1hc$lOYf&")]
    [InlineData("define( 'AUTH_KEY', 'pPF]{[zGA%mR_{hcD7sr)Wp=Dbp>(,QtB~*Wvc=2.q:r8]dB<1>b+V!4?G%ivItN' );", "pPF]{[zGA%mR_{hcD7sr)Wp=Dbp>(,QtB~*Wvc=2.q:r8]dB<1>b+V!4?G%ivItN")]
    [InlineData("ansible_become_password: BWbhawiNYo=UDA?gn", "BWbhawiNYo=UDA?gn")]
    [InlineData("  password: mZ_m_1B==dEHuI", "mZ_m_1B==dEHuI")]
    [InlineData("      POSTGRES_PASSWORD: Oy?I2fh7LunCgT#1Uf9", "Oy?I2fh7LunCgT#1Uf9")]
    [InlineData("ssh ops@host (temp password EmBXF=OY-?bZOJ, rotate it)", "EmBXF=OY-?bZOJ")]
    [InlineData("$p = ConvertTo-SecureString 'R3O1197q*jaW&oP**e' -AsPlainText -Force", "R3O1197q*jaW&oP**e")]
    [InlineData("psql \"host=db dbname=crm user=crm password=hb8Paa3AE1LtVX.uTB\"", "hb8Paa3AE1LtVX.uTB")]
    public void A_password_with_symbols_is_read_whole(string text, string expected) =>
        Detector.SingleAt(text, expected);

    [Theory]
    [InlineData("azure_storage_key = \"fCgi97WddYTx+YfNPhntJZSsqFThpJwV2bL1fKocmwIwMuwONjmzxrWxSYXx0TdVBGF6KxFiAyiKuEJx1nVHGA==\"")]
    [InlineData("NONCE_SALT=Zr7Yq2Lm9Wx4Tb6Nc1Vd8Ks3")]
    [InlineData("webhook_secret: Zr7Yq2Lm9Wx4Tb6Nc1Vd8Ks3")]
    [InlineData("TWILIO_AUTH_TOKEN=9f86d081884c7d659a2feaa0c55ad015")]
    [InlineData("storageKey: 'Zr7Yq2Lm9Wx4Tb6Nc1Vd8Ks3'")]
    public void A_random_value_under_a_name_ending_in_key_secret_token_or_salt_is_found(string text)
    {
        Assert.Single(Detector.Detect(text));
    }

    [Theory]
    [InlineData("azure_storage_key_id = Zr7Yq2Lm9Wx4Tb6Nc1Vd8Ks3")]
    [InlineData("PublicKey = /UlxjzJmRv+l7ujQlfAoT12RltZtDHLkAvKRFovXuSo=")]
    [InlineData("idempotency_key = 7f3e9c2a-1b4d-4e8f-9a6c-2d5b8e1f0a3c")]
    [InlineData("Salt: Zr7Yq2Lm9Wx4Tb6Nc1Vd8Ks3 and Key: Zr7Yq2Lm9Wx4Tb6Nc1Vd8Ks3")] // a bare capitalised name is no camel-case suffix
    [InlineData("StorageConnectionString=DefaultEndpointsProtocol=https;AccountName=<account-name>;AccountKey=<your-account-key>")]
    public void Key_ids_public_keys_record_keys_and_pair_lists_are_not_secrets(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("Das Passwort für das Gäste-WLAN „Praxis-Gast“ lautet Sommer2024! – bitte nicht weitergeben.", "Sommer2024!")]
    [InlineData("Wachtwoord wifi kantoor (3e verdieping): Valencia1995$", "Valencia1995$")]
    [InlineData("La contraseña del servidor de pruebas es pcymG2%iO2ifdJx2, el usuario es admin.", "pcymG2%iO2ifdJx2")]
    [InlineData("Mot de passe temporaire : hdqjBXQj_Zgo-?g544", "hdqjBXQj_Zgo-?g544")]
    [InlineData("DB_PASSWORT=Winter2023", "Winter2023")]
    public void A_short_or_guessable_password_given_as_a_password_is_found(string text, string expected) =>
        Detector.SingleAt(text, expected);

    [Theory]
    [InlineData("Your password is incorrect; try again.")]
    [InlineData("The password must be at least 12 characters. Version is 2024-05-17.")]
    [InlineData("Password: use a phrase such as correct-horse-battery-staple")]
    [InlineData("The product code is Sommer2024 in the catalogue")] // a guessable shape, but no password word
    [InlineData("token: Winter2023")] // guessable values count only as passwords
    [InlineData("<exception>La contraseña del certificado es incorrecta.</exception>")]
    [InlineData("las claves de <see cref=\"T:System.Collections.Generic.Dictionary`2\" />")]
    [InlineData("the raw value of the last processed token as a ReadOnlySequence&lt;byte&gt; slice")]
    [InlineData("<param name=\"token\">A 'JSON Web Token' (JWT) in JWS format.</param>")] // a quoted phrase
    [InlineData("A self-describing SDK v2 token: \"blob:v2:{fullBlobUrl}\".")] // a template
    [InlineData("Client(Uri endpoint, ApiKeyCredential credential, SampleClientOptions? options)")] // parameters
    [InlineData("instead of `Credential:AdditionalProperties:Scope`")] // a configuration path
    [InlineData("System.Security.SecureString.dll\" AssemblyName=\"System.Security.SecureString\"")] // an attribute's name
    [InlineData("cookie-set remember_me token123 --expires=1893456000")] // an option
    [InlineData("Kennworts eine neue Instanz der <see cref=\"T:System.Security.Cryptography.X509Certificates.X509Certificate2\" />")]
    public void A_plain_value_without_a_password_word_or_a_word_after_one_is_not_found(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("resp = requests.post(url, auth=(\"deploy-bot\", \"Tr^4%kz=W@q9\"), timeout=5)", "Tr^4%kz=W@q9")]
    [InlineData("session.auth = ('ops', 'Herbst!Ernte-77')", "Herbst!Ernte-77")] // guessable, but in a password's place
    [InlineData("client = HTTPBasicAuth('reporter', 'vQ8^mZ%2=Lp@x')", "vQ8^mZ%2=Lp@x")]
    [InlineData("server.login(smtp_user, \"Lr7@qW^e%2z=\")", "Lr7@qW^e%2z=")]
    public void The_second_element_of_an_auth_pair_is_a_password(string text, string expected) =>
        Detector.SingleAt(text, expected);

    [Theory]
    [InlineData("print(\"user\", \"Release2024x\")")] // a pair, but not one for authentication
    [InlineData("auth=(\"deploy-bot\", token_source)")] // a name, not a value
    public void A_pair_not_named_for_authentication_holds_no_password(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("Passwort: Qz&7Fd%k?=Wp", "Qz&7Fd%k?=Wp")] // '&' that starts no pair belongs to the password
    [InlineData("wifi password @Tq9%zLm2&Vx! for guests", "@Tq9%zLm2&Vx!")]
    [InlineData("clave_db = ?r8K$w%Pz^2Lq", "?r8K$w%Pz^2Lq")] // a value may start with '?'
    public void A_password_with_ampersands_or_an_opening_question_mark_is_read_whole(string text, string expected) =>
        Detector.SingleAt(text, expected);

    [Theory]
    [InlineData("Your temporary password is Sol.Luna.2003, change it soon.", "Sol.Luna.2003")]
    [InlineData("DB_PASSWORD = \"Rot.Gelb.1999\"", "Rot.Gelb.1999")]
    public void A_passphrase_of_words_and_a_year_joined_by_dots_is_a_password_not_a_qualified_name(string text, string expected) =>
        Detector.SingleAt(text, expected);

    [Theory]
    [InlineData("contraseña_correo = \"QWmpaXRtyLbvE\"", "QWmpaXRtyLbvE")] // random letters only, under a Spanish name
    [InlineData("passwort_db: Kx7pQ2mZrT9w", "Kx7pQ2mZrT9w")]
    [InlineData("mot_de_passe=Zp4Wq8Ln2Vr6", "Zp4Wq8Ln2Vr6")]
    [InlineData("MDP_ADMIN=Rt5Yx9Kw3Qb7Lm", "Rt5Yx9Kw3Qb7Lm")]
    [InlineData("wachtwoord: Nq8Vz3Ht6Kp2", "Nq8Vz3Ht6Kp2")]
    [InlineData("clave_api = Hy7Rm3Qx9Wt2Bn5", "Hy7Rm3Qx9Wt2Bn5")]
    [InlineData("clave: Hy7Rm3Qx9Wt2Bn5", "Hy7Rm3Qx9Wt2Bn5")] // a key's name as a label
    [InlineData("geheim: Pd4Xk8Mv2Lr6Tz", "Pd4Xk8Mv2Lr6Tz")]
    [InlineData("api_sleutel = Jw6Nc2Qr8Yv4Hs", "Jw6Nc2Qr8Yv4Hs")]
    public void A_secrets_name_in_spanish_german_french_or_dutch_counts_as_an_english_one(string text, string expected) =>
        Detector.SingleAt(text, expected);

    [Theory]
    [InlineData("clave: 2024invierno")] // a key, not a password: a guessable value does not count
    [InlineData("geheim: UserAccountName")] // a camel-cased name
    [InlineData("enclave = Hy7Rm3Qx9Wt2Bn5")] // "clave" inside a word names nothing
    [InlineData("Valeur associée à la clé spécifiée.Si la clé est introuvable")] // a dictionary's key in prose
    [InlineData("la clé Hy7Rm3Qx9Wt2Bn5 du dictionnaire")]
    [InlineData("P:Microsoft.AspNetCore.Identity.PasswordValidator`1.Describer")] // a generic arity, not a passphrase
    public void A_foreign_secrets_name_still_needs_a_random_value(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("Passwort: 7)r9-Q{x!2", "7)r9-Q{x!2")]
    [InlineData("mot de passe : ~;4a|<q].7%Z", "~;4a|<q].7%Z")]
    [InlineData("admin password = Kiwi4$", "Kiwi4$")]
    [InlineData("cfg.password(\"f]Q2[w-8Zx\")", "f]Q2[w-8Zx")]
    [InlineData("$db = ['pass' => 'Mb7-rtWq2x'];", "Mb7-rtWq2x")]
    [InlineData("enable secret 5 Hq8vN2xLm4TzR7wYb3Kc", "Hq8vN2xLm4TzR7wYb3Kc")]
    [InlineData("redis-cli --requirepass Jt6mWq3Zr8XbN1vKc5Ly", "Jt6mWq3Zr8XbN1vKc5Ly")]
    [InlineData("Proxy-Authorization: Basic YWxpY2U6V2ludGVyLTI5IXE=", "YWxpY2U6V2ludGVyLTI5IXE=")]
    [InlineData("define('SECURE_AUTH_SALT', 'k@Q.w]7|z;M2=xP&h~')", "k@Q.w]7|z;M2=xP&h~")]
    public void A_password_of_symbols_or_a_short_one_with_a_symbol_is_found_whole(string text, string expected)
    {
        var entity = Assert.Single(Detector.Detect(text));

        Assert.Equal(expected, text.Substring(entity.Start, entity.Length));
    }

    [Theory]
    [InlineData("The recovery passphrase is \"copper lagoon thistle ember\" - keep it offline.", "copper lagoon thistle ember")]
    [InlineData("passphrase: copper lagoon thistle ember", "copper lagoon thistle ember")]
    [InlineData("wachtwoord: lagoon-thistle-ember", "lagoon-thistle-ember")]
    public void A_passphrase_of_plain_words_named_as_a_password_is_found(string text, string expected)
    {
        var entity = Assert.Single(Detector.Detect(text));

        Assert.Equal(expected, text.Substring(entity.Start, entity.Length));
    }

    [Theory]
    [InlineData("password: kiwi4")] // short without a symbol
    [InlineData("Password: must contain twelve characters")]
    [InlineData("DB_PASSWORD=your-password-here")]
    [InlineData("new PSCredential('CONTOSO\\svc-backup', $secure)")]
    [InlineData("contact: ops@mail.example.org")]
    public void Prose_placeholders_and_user_names_are_not_passwords(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("conn = \"host=db.internal port=5432 user=billing password=kite.Meadow64 dbname=billing\"", "kite.Meadow64")]
    [InlineData("Los datos: usuario admin, contraseña brisa.Cobre27.", "brisa.Cobre27")]
    [InlineData("password lake.Harbor42", "lake.Harbor42")]
    [InlineData("PGPASSWORD=reed.Lantern19 psql -h db.internal -U etl", "reed.Lantern19")] // libpq's password variable
    public void Words_joined_by_a_dot_and_ending_in_digits_named_as_a_password_are_one(string text, string expected)
    {
        var entity = Assert.Single(Detector.Detect(text));

        Assert.Equal(expected, text.Substring(entity.Start, entity.Length));
    }

    [Theory]
    [InlineData("password: System.Int64")] // one case style: a qualified name
    [InlineData("password: os.path")]
    public void A_qualified_name_named_as_a_password_is_still_no_password(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("Office wifi - WPA2 key Quill8!mead. Guests use the other one.", "Quill8!mead")]
    [InlineData("wireless network key: Otter55#Bay", "Otter55#Bay")]
    [InlineData("Geheimnis für die Abrechnung: Vb7xQ2mLk9Rt4Wz1Np6Hc3Sd8Fg5\nNicht weitergeben.", "Vb7xQ2mLk9Rt4Wz1Np6Hc3Sd8Fg5")]
    [InlineData("body = \"{\\\"user\\\":\\\"ops\\\",\\\"password\\\":\\\"cliff.wren-77\\\"}\"", "cliff.wren-77")] // JSON escaped inside a string
    [InlineData("@@ -4 +4 @@\n-APP_SECRET = env('APP_SECRET')\n+APP_SECRET = '9(x!m2kq)v7#lr0zt@4p=wc8&hy5+'", "9(x!m2kq)v7#lr0zt@4p=wc8&hy5+")] // a diff's added line
    [InlineData("webhook_signing_psk: Fh3kLq9Xw2Zt7Mb4Nr8Vc1Pd6Js5Gy0", "Fh3kLq9Xw2Zt7Mb4Nr8Vc1Pd6Js5Gy0")]
    [InlineData("Kennwort: pine.lantern_48", "pine.lantern_48")]
    public void Secrets_under_the_names_and_shapes_configs_and_chats_use_are_found(string text, string expected)
    {
        Detector.SingleAt(text, expected);
    }

    [Theory]
    [InlineData("digest = 3f1a9c0d7e2b4f6a8c1d3e5f7a9b0c2d4e6f8a1b3c5d7e9f0a2b4c6d8e0f1a3b; hmac = 9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d")] // a MAC is shown, not kept
    [InlineData("{\"refresh_token\":null,\"session_state\":\"4c1f9e2a-7b3d-4e8f-a6c5-0d2b9e1f7a3c\"}")]
    public void A_digest_or_a_fields_id_beside_a_secrets_name_is_no_secret(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("Embedded favicon (public, not a secret): iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAxklEQVR4")]
    [InlineData("avatar_token: /9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoH")]
    [InlineData("secret attachment: JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZw")]
    public void Base64_of_a_file_is_not_a_secret_whatever_names_it(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Theory]
    [InlineData("Sample payload (not a secret): Zr7Yq2Lm9Wx4Tb6Nc1Vd8Ks3Pq0Hj5")]
    [InlineData("This is not a secret: Zr7Yq2Lm9Wx4Tb6Nc1Vd8Ks3Pq0Hj5")]
    [InlineData("Testdaten, kein Geheimnis: Zr7Yq2Lm9Wx4Tb6Nc1Vd8Ks3Pq0Hj5")]
    [InlineData("Identifiant public, pas un secret : Zr7Yq2Lm9Wx4Tb6Nc1Vd8Ks3Pq0Hj5")]
    public void A_value_after_a_denied_secret_word_is_not_found(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }

    [Fact]
    public void A_value_after_an_undenied_secret_word_in_its_clause_is_still_found()
    {
        Detector.SingleAt("The webhook secret for staging: Zr7Yq2Lm9Wx4Tb6Nc1Vd8Ks3Pq0Hj5", "Zr7Yq2Lm9Wx4Tb6Nc1Vd8Ks3Pq0Hj5");
    }

    [Fact]
    public void A_twilio_account_sid_is_not_found_and_the_auth_token_beside_it_is()
    {
        const string text = "TWILIO_ACCOUNT_SID=AC3e9b0d51c7a24f86b1e0d9c4a7f25b13\nTWILIO_AUTH_TOKEN=Vq7Lm2Xc9Rt4Wb8Nz1Kp6Hd3";
        Detector.SingleAt(text, "Vq7Lm2Xc9Rt4Wb8Nz1Kp6Hd3");
    }

    [Fact]
    public void A_twilio_api_key_sid_under_a_key_name_is_found_with_its_secret()
    {
        const string text = "TWILIO_API_KEY=SK3e9b0d51c7a24f86b1e0d9c4a7f25b13\nTWILIO_API_SECRET=Vq7Lm2Xc9Rt4Wb8Nz1Kp6Hd3";
        var found = Detector.Detect(text).Select(e => text.Substring(e.Start, e.Length)).ToList();
        Assert.Equal(["SK3e9b0d51c7a24f86b1e0d9c4a7f25b13", "Vq7Lm2Xc9Rt4Wb8Nz1Kp6Hd3"], found);
    }

    [Theory]
    [InlineData("db_secret: arn:aws:secretsmanager:ap-southeast-2:210987654321:secret:payments/stripe-Hq7ZtR")]
    [InlineData("token_source = \"arn:aws:ssm:us-west-2:210987654321:parameter/ci/Kq2mW9xLp4Tz7Rb1Nc8Vd3\"")]
    public void The_parts_of_an_amazon_resource_name_named_as_a_secret_are_no_secret(string text)
    {
        Assert.Empty(Detector.Detect(text));
    }
}
