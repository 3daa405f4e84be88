namespace Aligners.Inference.Privacy;

/// <summary>
/// The words <see cref="PhoneDetector"/> reads around a number: those naming a telephone number ("phone", "Telefon",
/// "numéro", a signature's labels, a caller's), those naming another number ("order", "Aktenzeichen", a reference
/// label of <see cref="ReferenceLabels"/>, a code's or a conference's), the words that only mean "number", and the
/// conjunctions that join alternatives. Kept apart from the detector's rules, which weigh them.
/// </summary>
internal static class PhoneVocabulary
{
    // French "fixe" (a landline) only as a label or in "ligne fixe": alone it would read English "fixes" ("bug fixes. 1.11.4").
    public static readonly ContextWords PhoneWords = new(
        "phone", "tel", "telephone", "call", "mobile", "cell", "fax", "ring", "text", "sms", "whatsapp", "contact", "reach", "dial", "hotline",
        "telefon", "telefonnummer", "handy", "mobil", "rufnummer", "anrufen", "téléphone", "tél", "portable", "appelez", "appeler", "joindre",
        "teléfono", "telefono", "móvil", "movil", "llame", "llamar", "llamada", "llámame", "llámenos", "telefoon", "mobiel", "bel", "bellen",
        "telefoonnummer", "mobiele nummer", "gsm", "numéro", "numero", "número", "tel.", "tfno", "mob", "cellulaire", "celular", "fixe:", "fixe :", "ligne fixe",
        // Calling back: "merci de nous rappeler au ...", "bitte zurückrufen unter ...", "graag terugbellen op ..." (French "rappel" alone is a reminder, German "Rückruf" a request that may name a contract).
        "rappeler", "rappelez", "rappelle", "zurückrufen", "rückrufnummer", "terugbellen", "terugbelnummer",
        // A direct line, as a signature labels it.
        "ligne directe", "direct line", "direct dial", "durchwahl", "línea directa", "doorkiesnummer", "directe lijn", "linea diretta",
        "handynummer", "mobilnummer", "festnetznummer", "faxnummer", "mobielnummer", "mobiel nummer", "gsm-nummer", "telefonnr", "telnr",
        // Who called: a caller's number as a switchboard or a voicemail shows it ("Caller ID", the calling line's "CLI").
        "caller", "caller id", "cli", "anrufer", "anrufernummer", "appelant", "numéro appelant", "llamante", "beller", "nummer beller",
        // A casual chat gives a number as the writer's own without a phone word: "new number lol 07...", "my number's ...".
        "new number", "my number", "my new number", "my numbers", "new digits");

    // With the reference labels of the other languages (ReferenceLabels): "Numero pratica", "número de cliente", "Kundennr.", ...
    public static readonly ContextWords OtherNumberWords = new(ReferenceLabels.With(
        "order", "invoice", "tracking", "isbn", "sku", "serial", "ticket", "ref", "reference", "case", "build", "version", "po", "account", "customer id", "id",
        "part", "p/n", "model", "revision", "rev", "lot", "batch", "commande", "facture", "suivi", "dossier", "numéro client", "numéro de client", "bestelling", "factuur",
        "klantnummer", "bestellung", "rechnung", "kundennummer", "pedido", "factura", "expediente",
        // Case, file, claim and registry numbers, account and tax numbers, in the five languages.
        "aktenzeichen", "az.", "vorgang", "vorgangsnummer", "schadennummer", "kontonummer", "konto", "steuernummer", "ust-idnr",
        "file no", "file number", "file ref", "claim", "policy", "vat", "vat reg", "tax", "account number", "zaak", "zaaknummer", "dossiernummer", "btw", "polis",
        "référence", "réf", "affaire", "sinistre", "siret", "siren", "tva", "solicitud", "registro", "albarán", "albaran", "referencia",
        "incidencia", "póliza", "poliza", "nif", "cif", "iva", "iban",
        // An insurer's claim and policy numbers in Spanish and Italian ("número de siniestro", "numero di polizza").
        "siniestro", "sinistro", "polizza",
        // Codes a payment, a login or a booking gives, which a number word may precede ("numéro d'autorisation 472746").
        "authorisation", "authorization", "auth code", "approval", "approval code", "confirmation", "verification", "otp", "pin", "passcode",
        "security code", "access code", "booking code", "voucher",
        // "re" (regarding) before a booking or a reservation makes the number after it that booking's reference ("re booking 6516...").
        "re booking", "re: booking", "re reservation", "re: reservation", "re buchung", "re: buchung", "re: order",
        "autorisierung", "autorisierungscode", "genehmigung", "genehmigungsnummer", "bestätigungscode", "bestätigungsnummer", "verifizierungscode",
        "freigabecode", "autorisation", "code d'autorisation", "confirmation", "code de confirmation", "code de vérification", "code pin",
        "autorización", "autorizacion", "código de autorización", "codigo de autorizacion", "aprobación", "aprobacion", "confirmación",
        "confirmacion", "código de verificación", "codigo de verificacion", "autorisatie", "autorisatiecode", "goedkeuring", "goedkeuringscode",
        "bevestigingscode", "verificatiecode", "pincode",
        // A conference's codes, keyed in after dialling its number: the dial-in number beside them is still a phone number.
        "dial-in code", "dial in code", "meeting id", "meeting number", "meeting code", "conference id", "conference code", "participant code",
        "participant id", "attendee id", "access code", "einwahlcode", "konferenzcode", "konferenz-id", "meeting-id", "teilnehmercode", "zugangscode",
        "code de conférence", "code conférence", "code participant", "code d'accès", "id de réunion", "numéro de réunion", "código de acceso",
        "código de conferencia", "codigo de acceso", "código de participante", "id de reunión", "id de la reunión", "vergadercode", "vergader-id",
        "deelnemerscode", "toegangscode"));

    // Words for "number" that name no kind of number themselves: after another number's word they are its ("Factura número 5153049").
    public static readonly ContextWords GenericNumberWords = new("numéro", "numero", "número", "nummer", "number", "nº", "n°", "nr", "no");

    // Words that join alternatives in a list: "0171 ... or 030 ...", "06 ... of 020 ...".
    public static readonly ContextWords Conjunctions = new("or", "oder", "bzw", "of", "ou", "o", "y", "and", "und", "en", "et", "sowie", "sinon", "otherwise");
}
