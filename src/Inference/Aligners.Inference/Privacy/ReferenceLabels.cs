namespace Aligners.Inference.Privacy;

/// <summary>
/// Labels naming a customer, order, case, contract, invoice or booking number in the languages
/// beyond English the deployment's users write: Italian, Spanish, Portuguese, German, French, Dutch,
/// Polish and the Nordic ones ("Numero pratica", "número de cliente", "Kundennr.", "numer zamówienia",
/// "ordernummer", "asiakasnumero"). They extend the other numbers' words the phone and reference rules
/// already know (<see cref="PhoneDetector"/>'s, and the dotted references' of <see cref="ReferenceShapes"/>),
/// so a number such a label names is that reference, not a phone number, while a phone word nearer the
/// number still makes it one.
/// </summary>
/// <remarks>
/// A word for "customer" alone ("cliente", "klienta", "klant", "Kunden") also names a customer service's
/// line ("Servizio clienti", "atención al cliente", "Kundenservice") whose number is a phone number, so the
/// customer's number is named only as a phrase ("número de cliente", "codice cliente", "nr klienta") or a
/// compound ("Kundennr.", "klantnr"). A booking word alone ("réservation", "prenotazione") names booking lines
/// too ("Réservations : 01 ..."), so only its number's phrase counts.
/// </remarks>
internal static class ReferenceLabels
{
    /// <summary>The labels, lower case; a phrase is matched whole, a compound as one word.</summary>
    public static readonly string[] Words =
    [
        // Italian: a case file ("pratica"), invoice, contract, order, claim, policy, protocol number, a customer's code.
        "pratica", "numero pratica", "codice pratica", "fattura", "numero fattura", "contratto", "numero contratto", "ordine", "numero d'ordine",
        "codice cliente", "numero cliente", "n. cliente", "id cliente", "protocollo", "sinistro", "polizza", "riferimento", "rif",
        "numero prenotazione", "codice prenotazione",
        // Spanish: a customer's, a member's or a booking's number; a booking's locator.
        "número de cliente", "numero de cliente", "nº de cliente", "n.º de cliente", "código de cliente", "codigo de cliente", "cliente nº",
        "cliente n.º", "contrato", "número de socio", "numero de socio", "localizador", "número de reserva", "numero de reserva",
        // Portuguese.
        "número do cliente", "numero do cliente", "código do cliente", "codigo do cliente", "encomenda", "fatura", "processo", "protocolo",
        "referência", "apólice", "número da reserva",
        // German compounds and their abbreviations.
        "kundennr", "kunden-nr", "kd.-nr", "kdnr", "auftragsnummer", "auftragsnr", "bestellnummer", "bestellnr", "vertragsnummer", "vertragsnr",
        "rechnungsnummer", "rechnungsnr", "rechnungs-nr", "buchungsnummer", "referenznummer", "mandatsreferenz", "belegnummer",
        "mitgliedsnummer", "versicherungsnummer", "vorgangsnr", "geschäftszeichen", "ticketnummer",
        // French.
        "contrat", "numéro de contrat", "n° de dossier", "n° dossier", "n° client", "n° de client", "numéro d'adhérent", "adhérent",
        "numéro de réservation", "n° de réservation", "numéro de facture", "n° de facture", "numéro de commande", "n° de commande",
        // Dutch.
        "ordernummer", "bestelnummer", "factuurnummer", "contractnummer", "klantnr", "klant-nr", "referentie", "referentienummer", "kenmerk",
        "betalingskenmerk", "polisnummer", "lidnummer", "boekingsnummer", "reserveringsnummer", "dossiernr", "zaaknr",
        // Polish: an order's, a customer's, a contract's, an invoice's, a case's or a report's number.
        "numer zamówienia", "nr zamówienia", "zamówienia", "zamówienie", "numer klienta", "nr klienta", "numer umowy", "nr umowy", "umowy",
        "numer faktury", "nr faktury", "faktury", "faktura", "numer sprawy", "nr sprawy", "sygnatura", "numer referencyjny",
        "numer zgłoszenia", "nr zgłoszenia", "zgłoszenia", "numer rezerwacji",
        // Swedish, with the definite forms a sentence uses ("ordernumret är ...").
        "kundnummer", "kundnumret", "kundnr", "ordernumret", "ordernr", "fakturanummer", "fakturanumret", "fakturanr", "ärendenummer",
        "ärendenumret", "ärende", "avtalsnummer", "referensnummer", "bokningsnummer", "bokningsnumret", "medlemsnummer",
        // Danish and Norwegian.
        "kundenummer", "kundenummeret", "kundenr", "ordrenummer", "ordrenummeret", "ordrenr", "sagsnummer", "saksnummer", "referansenummer",
        "referencenummer", "bestillingsnummer", "avtalenummer", "aftalenummer", "kontraktnummer", "fakturanummeret",
        // An offer's or a quote's number, which a mail's subject repeats ("Angebot 08412/27", "Offerte 2026-118", "Devis n° 4471").
        "angebot", "angebotsnummer", "angebotsnr", "angebots-nr", "offerte", "offertenummer", "offertenr", "devis", "n° de devis", "numéro de devis",
        "presupuesto", "nº de presupuesto", "número de presupuesto", "preventivo", "numero preventivo", "orçamento", "quotation", "quote no",
        "quote number", "offer no", "offer number",
        // A case's number, which a service desk gives when it registers a complaint or an incident: Spanish "caso" (the English
        // "case" was known, the Spanish word not), German "Fall", French "dossier" and "cas", Dutch "zaak", Italian "pratica".
        "número de caso", "numero de caso", "nº de caso", "n.º de caso", "número del caso", "numero del caso", "caso número", "caso nº",
        "fallnummer", "fall-nr", "fallnr", "numéro de dossier", "numéro du dossier", "numéro de cas", "zaaknummer", "zaak-nr",
        "numero di pratica", "numero della pratica", "numero del caso", "numero caso",
        // Finnish.
        "asiakasnumero", "tilausnumero", "laskunumero", "laskun numero", "viitenumero", "asianumero", "sopimusnumero", "varausnumero",
    ];

    /// <summary><paramref name="words"/> and the labels above, each once.</summary>
    public static string[] With(params string[] words) => [.. words.Concat(Words).Select(w => w.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];
}
