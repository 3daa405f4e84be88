namespace Aligners.Inference.Facts;

/// <summary>What a phrase of the knowledge names, when it stands in a text.</summary>
internal enum MentionKind
{
    /// <summary>A country (key: its code).</summary>
    Country,
    /// <summary>A capital city (key: its country's code).</summary>
    Capital,
    /// <summary>A language (key: its name as the tables write it).</summary>
    Language,
    /// <summary>A currency (key: the name written).</summary>
    Currency,
    /// <summary>A continent (key: its name).</summary>
    Continent,
    /// <summary>An element by name (key: its atomic number).</summary>
    Element,
    /// <summary>A moon (key: its name).</summary>
    Moon,
    /// <summary>A planet (key: its name).</summary>
    Planet,
    /// <summary>An invention, discovery, theory or work (key: its index in the table).</summary>
    Discovery,
    /// <summary>A person credited with a discovery or a work (key: the surname as written).</summary>
    Person,
    /// <summary>A group block of the periodic table (key: its name).</summary>
    Block,
    /// <summary>A state of matter (key: solid, liquid or gas).</summary>
    State,
    /// <summary>A phrase asking for a record holder ("highest mountain"; key: the phrase).</summary>
    Record,
    /// <summary>A record holder or one of its rivals (key: the group, "mountain" or "river").</summary>
    Rival,
    /// <summary>A dated event's phrase (key: its index in the table).</summary>
    Event,
    /// <summary>
    /// A person of the tables beyond science (a president, a first, a film's director, a building's
    /// maker; key: the name as written), kept apart from <see cref="Person"/> so that a president's
    /// name is never read as the wrong inventor of a discovery.
    /// </summary>
    Figure,
    /// <summary>A president's place in order, a first, a film, a building or artwork (key: its index in <see cref="FactTables.Feats"/>).</summary>
    Feat,
}

/// <summary>A phrase of the knowledge found in a text: what it names, and where.</summary>
internal readonly record struct Mention(MentionKind Kind, string Key, int Start, int Length)
{
    /// <summary>Where the phrase ends.</summary>
    public int End => Start + Length;

    /// <summary>Whether this mention and <paramref name="other"/> share a character.</summary>
    public bool Overlaps(Mention other) => Start < other.End && other.Start < End;
}
