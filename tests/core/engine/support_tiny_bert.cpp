// A tiny random BERT written with Debian's python3-torch and traced, and a Python copy of BERT's tokenizer
// (Hugging Face's BasicTokenizer + WordpieceTokenizer, on Python's unicodedata): what the text-encoder test
// compares the C++ tokenizer and engine::embedTokens against. Kept out of the test file because moc does not
// read raw string literals.
#include "support_tiny_bert.hpp"

#include <QFile>
#include <QProcess>

namespace scdiff::test {

namespace {

const char* kScript = R"PY(
import json, os, sys, unicodedata
import torch, torch.nn as nn
out = sys.argv[1]
torch.manual_seed(7)

vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", ",", ".", ":", "(", ")", "+", "-", "$", "^", "`", "~",
         "\u2014", "cd", "4", "##4", "positive", "alpha", "beta", "t", "cell", "a", "mature", "expressing", "il",
         "##7", "##r", "naive", "b", "ecole", "stra", "##\u00dfe", "\u7d30", "\u80de", "and", "nk", "tab", "sep",
         "bell", "zero", "width", "nbsp", "\u03c3\u03b1\u03c2", "\u03bf\u03b4", "##\u03bf\u03c2", "istanbul",
         "un", "##aff", "##able", "combining", "e", "accent", "lig", "##ature", "x", "5", "2", "quoted", "tilde",
         "Naive", "Na\u00efve"]
with open(os.path.join(out, "vocab.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(vocab) + "\n")
ids_of = {t: i for i, t in enumerate(vocab)}

texts = ["CD4-positive, alpha-beta T cell: a mature T cell expressing CD4 (IL7R+).",
         "Na\u00efve B cell \u2014 \u00c9COLE Stra\u00dfe",
         "T\u7d30\u80de and NK\u7d30\u80de",
         "tab\tsep\u0007bell\u200bzero-width\u00a0nbsp",
         "\u03a3\u0391\u03a3 \u039f\u0394\u039f\u03a3 \u0130stanbul",
         "x" * 120 + " unaffable",
         "combining e\u0301 accent and \ufb01 ligature",
         "",
         "$5^2 `quoted` ~tilde"]

def is_whitespace(c):
    return c in " \t\n\r" or unicodedata.category(c) == "Zs"
def is_control(c):
    return c not in "\t\n\r" and unicodedata.category(c).startswith("C")
def is_punctuation(c):
    cp = ord(c)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(c).startswith("P")
def is_cjk(cp):
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF or
            0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF or
            0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)

def basic(text, lower):
    text = "".join(" " if is_whitespace(c) else c for c in text
                   if not (ord(c) == 0 or ord(c) == 0xFFFD or is_control(c)))
    text = "".join(" %s " % c if is_cjk(ord(c)) else c for c in text)
    text = unicodedata.normalize("NFC", text)
    split = []
    for token in text.split():
        if lower:
            token = token.lower()
            token = "".join(c for c in unicodedata.normalize("NFD", token) if unicodedata.category(c) != "Mn")
        words, start = [[]], True
        for c in token:
            if is_punctuation(c):
                words.append([c]); start = True
            else:
                if start: words.append([])
                start = False
                words[-1].append(c)
        split.extend("".join(w) for w in words if w)
    return " ".join(split).split()

def wordpiece(words):
    pieces = []
    for w in words:
        if len(w) > 100:
            pieces.append("[UNK]"); continue
        start, sub, bad = 0, [], False
        while start < len(w):
            end, cur = len(w), None
            while start < end:
                s = w[start:end]
                if start > 0: s = "##" + s
                if s in ids_of: cur = s; break
                end -= 1
            if cur is None: bad = True; break
            sub.append(cur); start = end
        pieces.extend(["[UNK]"] if bad else sub)
    return pieces

def encode(text, max_tokens=512):
    p = wordpiece(basic(text, True))[: max_tokens - 2]
    return [ids_of["[CLS]"]] + [ids_of[t] for t in p] + [ids_of["[SEP]"]]

class Layer(nn.Module):
    def __init__(self, d, h):
        super().__init__()
        self.h = h
        self.qkv, self.o = nn.Linear(d, 3 * d), nn.Linear(d, d)
        self.n1, self.n2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.f1, self.f2 = nn.Linear(d, 2 * d), nn.Linear(2 * d, d)
    def forward(self, x, bias):
        B, L, D = x.shape
        q, k, v = self.qkv(x).view(B, L, 3, self.h, D // self.h).permute(2, 0, 3, 1, 4)
        a = (q @ k.transpose(-1, -2)) / (D // self.h) ** 0.5 + bias
        y = (a.softmax(-1) @ v).transpose(1, 2).reshape(B, L, D)
        x = self.n1(x + self.o(y))
        return self.n2(x + self.f2(nn.functional.gelu(self.f1(x))))

class TinyBert(nn.Module):
    def __init__(self, V, d=32, h=4, n=2, P=600):
        super().__init__()
        self.word, self.pos, self.typ = nn.Embedding(V, d), nn.Embedding(P, d), nn.Embedding(2, d)
        self.norm = nn.LayerNorm(d)
        self.layers = nn.ModuleList([Layer(d, h) for _ in range(n)])
    def forward(self, ids, mask, types):
        L = ids.shape[1]
        x = self.norm(self.word(ids) + self.pos.weight[:L].unsqueeze(0) + self.typ(types))
        bias = (1.0 - mask[:, None, None, :].float()) * -10000.0
        for layer in self.layers:
            x = layer(x, bias)
        return x, x[:, 0].tanh()  # (last_hidden_state, pooler_output) as Hugging Face's torchscript output

class TwoInputs(nn.Module):
    def __init__(self, b):
        super().__init__(); self.b = b
    def forward(self, ids, mask):
        return self.b(ids, mask, torch.zeros_like(ids))[0]
class OneInput(nn.Module):
    def __init__(self, b):
        super().__init__(); self.b = b
    def forward(self, ids):
        return {"last_hidden_state": self.b(ids, torch.ones_like(ids), torch.zeros_like(ids))[0]}
class NotAnEncoder(nn.Module):
    def forward(self, x):
        return x.sum()

bert = TinyBert(len(vocab)).eval()
ex = torch.tensor([encode(texts[0])])
with torch.no_grad():
    torch.jit.trace(TwoInputs(bert), (ex, torch.ones_like(ex))).save(os.path.join(out, "encoder.pt"))
    torch.jit.trace(bert, (ex, torch.ones_like(ex), torch.zeros_like(ex))).save(os.path.join(out, "encoder3.pt"))
    torch.jit.trace(OneInput(bert), (ex,), strict=False).save(os.path.join(out, "encoder1.pt"))
    torch.jit.script(NotAnEncoder()).save(os.path.join(out, "not_encoder.pt"))
    cls = []
    for t in texts:  # one text at a time, unpadded: the C++ side pads in batches
        ids = torch.tensor([encode(t)])
        cls.append(bert(ids, torch.ones_like(ids), torch.zeros_like(ids))[0][0, 0].tolist())

json.dump({"texts": texts,
           "basic": [basic(t, True) for t in texts],
           "basic_cased": [basic(t, False) for t in texts],
           "pieces": [wordpiece(basic(t, True)) for t in texts],
           "ids": [encode(t) for t in texts],
           "ids_8": [encode(t, 8) for t in texts],
           "cls": cls}, open(os.path.join(out, "expected.json"), "w", encoding="utf-8"), ensure_ascii=True)
)PY";

}  // namespace

QString writeTinyBert(const QString& dir) {
    // From a file, not -c: torch.jit.script reads the source of what it compiles.
    QFile script(dir + "/tiny_bert.py");
    if (!script.open(QIODevice::WriteOnly) || script.write(kScript) < 0) return "cannot write " + script.fileName();
    script.close();
    QProcess py;
    py.start(SCDIFF_PYTHON, {script.fileName(), dir});
    if (!py.waitForFinished(300000)) return "python3 did not finish";
    if (py.exitCode() != 0) return QString::fromUtf8(py.readAllStandardError());
    return {};
}

}  // namespace scdiff::test
