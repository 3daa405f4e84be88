namespace Aligners.Inference.Privacy;

/// <summary>
/// The words <see cref="SecretEntropyDetector"/> reads walking back from a value to its name: words naming a
/// password, words naming another secret, the qualifiers that make "key" a secret's or a password's name, the
/// marks of a label and the filler words that may stand between a name and its value.
/// </summary>
internal static class SecretKeywords
{
    // Words naming a password; ConvertTo-SecureString's argument is one (PowerShell's -AsPlainText).
    public static readonly string[] PasswordKeywords =
    [
        "password", "passwd", "passphrase", "pwd", "passwrd", "pasword", "passowrd", "paswd", "passwrod", "passwort", "kennwort", "wachtwoord", "contraseña", "contrasena", "convertto-securestring",
        // Other European languages a team may write in (Swedish, Norwegian, Danish, Portuguese, Polish, Finnish, Czech),
        // and Redis's names for its passwords.
        "lösenord", "losenord", "passord", "adgangskode", "senha", "hasło", "haslo", "salasana", "heslo", "requirepass", "masterauth", "passcode",
    ];

    public static readonly string[] Keywords =
    [
        "secret", "token", "apikey", "api_key", "api-key", "accesskey", "access_key",
        "access-key", "privatekey", "private_key", "credential", "bearer", "authorization", "subscription-key", "subscriptionkey",
        "signingkey", "signing_key", "connectionstring",
        // Names real configs give random secrets beyond those: a pre-shared key, a pepper. ("hmac" alone names a MAC, a digest anyone may see; its key is an "hmac_key".)
        "psk", "pepper",
    ];

    public static readonly HashSet<string> KeyQualifiers = new(StringComparer.Ordinal)
    {
        "api", "access", "private", "signing", "encryption", "master", "secret", "subscription", "client",
    };

    // A wireless network's key is its password: "WPA2 key ...", "network key: ...", "Wi-Fi key ...".
    public static readonly HashSet<string> NetworkKeyQualifiers = new(StringComparer.Ordinal)
    {
        "wpa", "wpa2", "wpa3", "wpa-psk", "wpa2-psk", "network", "wifi", "wi-fi", "wlan", "wireless",
    };

    // The marks that make a word before a value its label: "pass: ...", "pass=...", 'pass' => '...'.
    public static readonly System.Buffers.SearchValues<char> LabelMarks = System.Buffers.SearchValues.Create(":=\"'`>");

    public static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "my", "your", "our", "the", "a", "new", "here", "set", "to", "as", "now", "with", "use", "of", "it's", "its",
    };
}
