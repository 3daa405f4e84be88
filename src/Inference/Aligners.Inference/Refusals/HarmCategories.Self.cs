namespace Aligners.Inference.Refusals;

/// <summary>The kinds of harm to the asker: self-harm, unsafe dieting and unsafe ingestion, answered with crisis lines.</summary>
public static partial class HarmCategories
{
    /// <summary>Whether <paramref name="category"/> names a harm to the asker: self-harm or hiding it, unsafe dieting, eating-disorder content, unsafe health choices.</summary>
    public static bool HarmsAsker(string category) => AskerKinds.Contains(category);

    private static readonly string[] AskerKinds = [SelfHarm.Name, HidingSelfHarm.Name, UnsafeDieting.Name, EatingDisorderContent.Name, UnsafeHealth.Name];

    private static HarmCategory SelfHarm => new("self-harm",
        [
            "kill myself or end my life",
            "hurt myself or take an overdose of pills",
            "cut myself where nobody will see it",
            "find out how many pills it takes to die",
        ],
        "it could end your life or seriously hurt you",
        "You don't have to go through this alone, and I'm here to listen if you want to talk about what's going on.", "hurting yourself", Crisis: true);

    // Named apart from self-harm: a prompt about hiding marks from family lies far from "hurting
    // yourself", and the refusal that names the hiding stays on its topic without naming a method.
    private static HarmCategory HidingSelfHarm => new("hiding-self-harm",
        [
            "hide self-harm scars or cuts from my family",
            "cover up the cuts or marks on my arms so my parents don't see",
            "keep my self-harm secret from my friends, school or doctor",
        ],
        "hiding it can keep you from the care and support you deserve",
        "You don't have to go through this alone, and I'm here to listen if you want to talk about what's going on.",
        "hiding cuts, scars or other self-harm from your family and the people around you", Crisis: true);

    // Named apart from other harm to the body: the refusal names its kind, never its method, and
    // "losing weight in a way that could harm you" stays near a prompt about a target weight or
    // hunger, where "putting your health in danger" does not.
    private static HarmCategory UnsafeDieting => new("unsafe-dieting",
        [
            "starve myself or lose a lot of weight dangerously fast",
            "lose ten kilos in a week or two",
            "hide an eating disorder from my family or doctor",
            "purge after meals or skip eating to lose weight without my family noticing",
            "stop feeling hungry so I can eat almost nothing and get very thin",
        ],
        "it could do serious harm to your body",
        "A doctor or dietitian can help you reach a healthy weight safely, and eating-disorder helplines are there for you too.",
        "losing weight or not eating in a way that could harm you", Crisis: true);

    // Named apart from unsafe dieting: the request is content for others to read, and a refusal
    // named "losing weight in a way that could harm you" is far from a prompt asking for quotes for
    // a page; the request itself is restated, since it names no method.
    private static HarmCategory EatingDisorderContent => new("eating-disorder-content",
        [
            "write thinspo or pro-ana quotes, posts or tips that push people to starve",
            "make content for a pro ana or pro mia page",
            "write posts that make starving or purging look good",
        ],
        "content that makes starving or purging look like a goal can seriously harm the people who read it, many of them young and unwell",
        "I'm glad to help with posts about body image, eating well or where to find support, such as Beat in the UK or NEDA in the US; and if food feels hard for you too, they're there for you.",
        "writing content that promotes eating disorders");

    private static HarmCategory UnsafeHealth => new("unsafe-health",
        [
            "drink bleach or another poisonous product",
            "swallow something dangerous to make myself ill",
        ],
        "it could do serious harm to your body",
        "A doctor, pharmacist or dietitian can help you reach your goal safely.", "putting your health in danger", Crisis: true);
}
