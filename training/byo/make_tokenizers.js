// Writes the tokenizer files of the bring-your-own test models with Hugging Face's tokenizers
// library (the Rust implementation Python's transformers uses), in the layouts real exports ship:
//   gpt2-bytelevel/tokenizer.json   byte-level BPE (GPT-2, Llama 3)
//   llama-sentencepiece/tokenizer.json   SentencePiece-style BPE with byte fallback (Llama 2, Mistral)
//   bert-wordpiece/tokenizer.json + vocab.txt   uncased WordPiece (BERT)
// and golden.json in each: the library's own ids and decoded text for a fixed set of strings,
// which the C# loader must reproduce. Merges are learned on corpus.txt so that the vocabularies
// hold real multi-character pieces.
const fs = require('fs');
const path = require('path');
const t = require('tokenizers');

const out = process.argv[2] || path.join(__dirname, 'models');
const corpus = fs.readFileSync(path.join(__dirname, 'corpus.txt'), 'utf8').split('\n').filter(Boolean);
const probes = [
  'The capital of France is Paris.',
  'How do I bake bread?  Mix flour and water.',
  'Café, naïve, Ünïcödé and emoji 🙂 survive the round trip.',
  'Numbers 8,849 and 3.14; symbols <>&%$#@!',
  'UPPER lower MiXeD case',
  '',
];
const template = {
  prefix: 'BEGINNING OF CONVERSATION: USER: Edit the following Question-Answer pair to make it more helpful and harmless: ',
  separator: ' | ',
  suffix: ' ASSISTANT:',
  prompt: 'What is the capital of Japan?',
  response: 'Kyoto, obviously.',
};

/** Learns `count` BPE merges over pre-tokenized words, each a list of symbols. */
function learnMerges(words, count) {
  const freq = new Map();
  for (const w of words) freq.set(w.join('\u0000'), (freq.get(w.join('\u0000')) || 0) + 1);
  let split = [...freq.entries()].map(([k, n]) => [k.split('\u0000'), n]);
  const merges = [];
  for (let m = 0; m < count; m++) {
    const pairs = new Map();
    for (const [syms, n] of split) {
      for (let i = 0; i + 1 < syms.length; i++) {
        const key = syms[i] + '\u0000' + syms[i + 1];
        pairs.set(key, (pairs.get(key) || 0) + n);
      }
    }
    let best = null, bestN = 1;
    for (const [key, n] of [...pairs.entries()].sort()) if (n > bestN) { best = key; bestN = n; }
    if (!best) break;
    const [a, b] = best.split('\u0000');
    merges.push([a, b]);
    split = split.map(([syms, n]) => {
      const next = [];
      for (let i = 0; i < syms.length; i++) {
        if (i + 1 < syms.length && syms[i] === a && syms[i + 1] === b) { next.push(a + b); i++; } else next.push(syms[i]);
      }
      return [next, n];
    });
  }
  return merges;
}

function vocabOf(base, merges) {
  const vocab = {};
  for (const s of base) if (!(s in vocab)) vocab[s] = Object.keys(vocab).length;
  for (const [a, b] of merges) if (!(a + b in vocab)) vocab[a + b] = Object.keys(vocab).length;
  return vocab;
}

function added(content, id) {
  return { id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true };
}

async function write(dir, spec, extra) {
  fs.mkdirSync(dir, { recursive: true });
  const tok = t.Tokenizer.fromString(JSON.stringify(spec));
  tok.save(path.join(dir, 'tokenizer.json'), true);
  const reloaded = t.Tokenizer.fromFile(path.join(dir, 'tokenizer.json'));
  const cases = [];
  for (const text of probes) {
    const e = await reloaded.encode(text, null, { addSpecialTokens: false });
    cases.push({ text, ids: e.getIds(), decoded: await reloaded.decode(e.getIds(), true) });
  }
  const full = template.prefix + template.prompt + template.separator + template.response + template.suffix;
  const e = await reloaded.encode(full, null, { addSpecialTokens: false });
  const golden = { vocabSize: reloaded.getVocabSize(true), cases, template: { ...template, ids: e.getIds() }, ...extra };
  const text = JSON.stringify(golden, null, 1).replace(/\[[\d,\s]*\]/g, a => JSON.stringify(JSON.parse(a)));
  fs.writeFileSync(path.join(dir, 'golden.json'), text + '\n');
  return reloaded;
}

async function byteLevel() {
  const pre = t.byteLevelPreTokenizer(false, true);
  const words = corpus.flatMap(line => pre.preTokenizeString(line).map(([w]) => [...w]));
  const merges = learnMerges(words, 300);
  const vocab = vocabOf(t.byteLevelAlphabet().sort(), merges);
  const eos = Object.keys(vocab).length;
  const level = { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true };
  await write(path.join(out, 'gpt2-bytelevel'), {
    version: '1.0', truncation: null, padding: null,
    added_tokens: [added('<|endoftext|>', eos)],
    normalizer: null, pre_tokenizer: level, post_processor: { ...level, trim_offsets: false }, decoder: level,
    model: { type: 'BPE', dropout: null, unk_token: null, continuing_subword_prefix: null, end_of_word_suffix: null,
      fuse_unk: false, byte_fallback: false, ignore_merges: false, vocab: { ...vocab, '<|endoftext|>': eos }, merges },
  }, { eos: '<|endoftext|>' });
}

async function sentencePiece() {
  // Llama 2's layout: "▁" for spaces, BPE over characters, unknown characters as <0xXX> bytes.
  const words = corpus.flatMap(line => ('▁' + line.replaceAll(' ', '▁')).split(/(?=▁)/).map(w => [...w]));
  const merges = learnMerges(words, 300);
  const bytes = Array.from({ length: 256 }, (_, i) => `<0x${i.toString(16).toUpperCase().padStart(2, '0')}>`);
  const chars = [...new Set(words.flat())].sort();
  const vocab = vocabOf(['<unk>', '<s>', '</s>', ...bytes, ...chars], merges);
  await write(path.join(out, 'llama-sentencepiece'), {
    version: '1.0', truncation: null, padding: null,
    added_tokens: [added('<unk>', 0), added('<s>', 1), added('</s>', 2)],
    normalizer: { type: 'Sequence', normalizers: [{ type: 'Prepend', prepend: '▁' }, { type: 'Replace', pattern: { String: ' ' }, content: '▁' }] },
    pre_tokenizer: null,
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '<s>', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }],
      pair: [{ SpecialToken: { id: '<s>', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '<s>', type_id: 1 } }, { Sequence: { id: 'B', type_id: 1 } }],
      special_tokens: { '<s>': { id: '<s>', ids: [1], tokens: ['<s>'] } },
    },
    decoder: { type: 'Sequence', decoders: [
      { type: 'Replace', pattern: { String: '▁' }, content: ' ' }, { type: 'ByteFallback' }, { type: 'Fuse' },
      { type: 'Strip', content: ' ', start: 1, stop: 0 }] },
    model: { type: 'BPE', dropout: null, unk_token: '<unk>', continuing_subword_prefix: null, end_of_word_suffix: null,
      fuse_unk: true, byte_fallback: true, ignore_merges: false, vocab, merges },
  }, { bos: '<s>', eos: '</s>', unk: '<unk>' });
}

async function wordPiece() {
  const norm = t.bertNormalizer({ cleanText: true, handleChineseChars: true, lowercase: true });
  const pre = t.bertPreTokenizer();
  const words = corpus.flatMap(line => pre.preTokenizeString(norm.normalizeString(line)).map(([w]) => w));
  // A WordPiece vocabulary: every character, alone and as a "##" continuation, then whole words.
  const chars = [...new Set(words.flatMap(w => [...w]))].sort();
  const common = [...new Set(words)].filter(w => w.length > 1).sort().slice(0, 120);
  const pieces = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]', ...chars, ...chars.map(c => '##' + c), ...common, '##ing', '##ed', '##s'];
  const vocab = vocabOf(pieces, []);
  const dir = path.join(out, 'bert-wordpiece');
  await write(dir, {
    version: '1.0', truncation: null, padding: null,
    added_tokens: ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'].map((c, i) => added(c, i)),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: { type: 'BertProcessing', sep: ['[SEP]', 3], cls: ['[CLS]', 2] },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab },
  }, { pad: '[PAD]', unk: '[UNK]', cls: '[CLS]', sep: '[SEP]' });
  // vocab.txt is WordPiece's own save format: one token per line, in id order.
  // (Sorted by id: JavaScript lists integer-like keys such as "100" first.)
  const lines = Object.entries(vocab).sort((a, b) => a[1] - b[1]).map(([token]) => token);
  fs.writeFileSync(path.join(dir, 'vocab.txt'), lines.join('\n') + '\n');
}

(async () => {
  await byteLevel();
  await sentencePiece();
  await wordPiece();
  console.log(`tokenizers written under ${out}`);
})().catch(e => { console.error(e.message); process.exit(1); });
