"""How well a listener could understand the kiosk's voice, with Whisper standing in for the listener.

Fetches every prompt the kiosk speaks from a running `ariane serve` (its own audio routes, so the sound
is the kiosk's exact sound), transcribes it with Whisper base (faster-whisper, int8, language forced),
and compares what was heard with what the script means to say. Run through bench/intelligibility.sh,
which sets up the venv, the model and the server.

What is compared (see docs/speech.md, "Intelligibility"):
- the reference is what the script says: its text, a <sub>'s alias, a <say-as>'s letters, no pauses;
  help texts and titles as written; the kiosk's own words as their audio text (interface.xlf);
- both sides are folded the same way: numbers written as words (num2words, in the language), lower
  case, accents and Arabic short vowels dropped, Arabic letter variants merged (alifs, tāʾ marbūṭa and
  hāʾ, alif maqṣūra and yāʾ, پ/ب, گ/ك, ڤ/ف), anything but letters a word break;
- CER is the edit distance between the letters without spaces, over the reference's letters; WER the
  same over words. A language's or procedure's figure adds up the edits over the sum of the references'
  lengths, so long prompts weigh as much as they last.
"""

import argparse
import collections
import json
import pathlib
import random
import re
import sys
import time
import unicodedata
import urllib.error
import urllib.request
import wave
import xml.etree.ElementTree as ET

PROCEDURE = "{urn:ariane:procedure:1}"
XLIFF = "{urn:oasis:names:tc:xliff:document:1.2}"

# The kiosk's own words that it speaks (GuideServer: the still-there prompt, the call button, the help
# screen without an explanation, the hand-off code and its digits, the theme names of the picker).
SPOKEN_WORDS = (
    ["stillThere", "callPerson", "noExplanation", "yourCode"]
    + [f"digit{digit}" for digit in range(10)]
    + ["themeSante", "themeArgent", "themeLogement", "themeTravail", "themePapiers", "themeFamille", "themeOther"]
)

Prompt = collections.namedtuple("Prompt", "lang name kind procedure url reference")


# ----- what the kiosk says ---------------------------------------------------------------------------


def spoken_text(element: ET.Element) -> str:
    """The words of an audio script, in the procedure's XML or an XLIFF target, as they are meant to be heard."""
    parts = [element.text or ""]
    for child in element:
        tag = child.tag.split("}")[-1]
        ctype = child.get("ctype", "")
        if tag == "sub" and child.get("alias") is not None:
            parts.append(child.get("alias", ""))
        elif tag in ("break", "x") or ctype == "x-break":
            parts.append(" ")
        else:  # say-as, emphasis, and their XLIFF <g> (whose text is the alias for x-sub)
            parts.append(spoken_text(child))
        parts.append(child.tail or "")
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def french_prompts(procedures: pathlib.Path) -> list[Prompt]:
    prompts = []
    for file in sorted(procedures.glob("*.xml")):
        root = ET.parse(file).getroot()
        if root.tag != PROCEDURE + "procedure":
            continue  # documents, help points, glossary: no kiosk route speaks them
        procedure = root.get("id", file.stem)
        base = f"/kiosk/audio/fr/{procedure}"
        title = root.find(PROCEDURE + "title")
        if title is not None:
            prompts.append(Prompt("fr", procedure, "title", procedure, base, spoken_text(title)))
        for step in root.iter(PROCEDURE + "step"):
            step_id = step.get("id", "")
            prompts += prompt_items("fr", procedure, f"{procedure}/{step_id}", f"{base}/{step_id}", step, "step")
            for choice in step.findall(PROCEDURE + "choice"):
                value = choice.get("value", "")
                prompts += prompt_items(
                    "fr", procedure, f"{procedure}/{step_id}.{value}", f"{base}/{step_id}/choice/{urlquote(value)}", choice, "choice"
                )
    return prompts


def prompt_items(lang, procedure, name, url, element, kind) -> list[Prompt]:
    items = []
    audio, help_text = element.find(PROCEDURE + "audio"), element.find(PROCEDURE + "help")
    if audio is not None:
        items.append(Prompt(lang, name, kind, procedure, url, spoken_text(audio)))
    # The kiosk serves help for steps only (/…/step/help).
    if help_text is not None and kind == "step":
        items.append(Prompt(lang, f"{name}/help", "help", procedure, f"{url}/help", spoken_text(help_text)))
    return items


def translated_prompts(lang: str, locales: pathlib.Path, procedures: list[str]) -> list[Prompt]:
    prompts = []
    for procedure in procedures:
        file = locales / lang / f"{procedure}.xlf"
        if not file.exists():
            continue
        base = f"/kiosk/audio/{lang}/{procedure}"
        for unit in ET.parse(file).getroot().iter(XLIFF + "trans-unit"):
            target = unit.find(XLIFF + "target")
            if target is None or not (target.text or len(target)):
                continue
            unit_id, text = unit.get("id", ""), spoken_text(target)
            if unit_id == "procedure.title":
                prompts.append(Prompt(lang, procedure, "title", procedure, base, text))
            elif match := re.fullmatch(r"step\.([^.]+)\.choice\.(.+)\.audio", unit_id):
                step, value = match.groups()
                url = f"{base}/{step}/choice/{urlquote(value)}"
                prompts.append(Prompt(lang, f"{procedure}/{step}.{value}", "choice", procedure, url, text))
            elif match := re.fullmatch(r"step\.([^.]+)\.(audio|help)", unit_id):
                step, part = match.groups()
                if part == "audio":
                    prompts.append(Prompt(lang, f"{procedure}/{step}", "step", procedure, f"{base}/{step}", text))
                else:
                    prompts.append(Prompt(lang, f"{procedure}/{step}/help", "help", procedure, f"{base}/{step}/help", text))
    return prompts


def interface_prompts(lang: str, locales: pathlib.Path) -> list[Prompt]:
    """The kiosk's words; the French ones are the sources of any translation's interface file."""
    files = sorted(locales.glob("*/interface.xlf")) if lang == "fr" else [locales / lang / "interface.xlf"]
    if not files or not files[0].exists():
        return []
    units = {unit.get("id"): unit for unit in ET.parse(files[0]).getroot().iter(XLIFF + "trans-unit")}
    prompts = []
    for word in SPOKEN_WORDS:
        unit = units.get(f"kiosk.{word}.audio") or units.get(f"kiosk.{word}")
        part = unit.find(XLIFF + ("source" if lang == "fr" else "target")) if unit is not None else None
        if part is not None:
            prompts.append(Prompt(lang, f"interface/{word}", "word", "interface", f"/kiosk/say/{lang}/{word}", spoken_text(part)))
    return prompts


def urlquote(value: str) -> str:
    return urllib.request.quote(value, safe="")


def all_prompts(procedures: pathlib.Path, locales: pathlib.Path, languages: list[str]) -> list[Prompt]:
    french = french_prompts(procedures)
    ids = sorted({prompt.procedure for prompt in french})
    prompts = []
    for lang in languages:
        found = french if lang == "fr" else translated_prompts(lang, locales, ids)
        prompts += [p for p in found if p.reference] + interface_prompts(lang, locales)
    return prompts


def stratified_sample(prompts: list[Prompt], size: int, seed: int) -> list[Prompt]:
    """`size` prompts per language, each kind (step, choice, help, title, word) in its share, by a fixed seed."""
    chosen = []
    for lang in dict.fromkeys(p.lang for p in prompts):
        mine = sorted((p for p in prompts if p.lang == lang), key=lambda p: p.name)
        if size >= len(mine):
            chosen += mine
            continue
        kinds = collections.defaultdict(list)
        for prompt in mine:
            kinds[prompt.kind].append(prompt)
        rng = random.Random(f"{seed}/{lang}")
        shares = {kind: max(1, round(size * len(group) / len(mine))) for kind, group in sorted(kinds.items())}
        while sum(shares.values()) > size:
            shares[max(shares, key=shares.get)] -= 1
        for kind, group in sorted(kinds.items()):
            chosen += rng.sample(group, min(shares[kind], len(group)))
    return chosen


# ----- how it is scored ------------------------------------------------------------------------------

ARABIC_VARIANTS = str.maketrans({"ٱ": "ا", "ة": "ه", "ى": "ي", "پ": "ب", "گ": "ك", "ڤ": "ف", "œ": "oe", "æ": "ae"})


def spell_numbers(text: str, lang: str) -> str:
    from num2words import num2words

    def word(match: re.Match) -> str:
        try:
            return f" {num2words(int(match.group()), lang=lang)} "
        except (NotImplementedError, OverflowError, ValueError):
            return match.group()

    return re.sub(r"\d+", word, text)


def fold(text: str, lang: str) -> list[str]:
    """The words of a text, folded as described at the top: only letters, case, accents and vowels gone."""
    text = unicodedata.normalize("NFKD", spell_numbers(text, lang).lower()).translate(ARABIC_VARIANTS)
    letters = []
    for character in text:
        category = unicodedata.category(character)
        if category.startswith("M") or character == "ـ":
            continue
        letters.append(character if category.startswith("L") else " ")
    return "".join(letters).split()


def distance(reference, heard) -> int:
    previous = list(range(len(heard) + 1))
    for i, expected in enumerate(reference, 1):
        current = [i]
        for j, got in enumerate(heard, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (expected != got)))
        previous = current
    return previous[-1]


def score(reference: str, heard: str, lang: str) -> dict:
    ref_words, heard_words = fold(reference, lang), fold(heard, lang)
    ref_letters, heard_letters = "".join(ref_words), "".join(heard_words)
    return {
        "letters": len(ref_letters),
        "letter_edits": distance(ref_letters, heard_letters),
        "words": len(ref_words),
        "word_edits": distance(ref_words, heard_words),
    }


# ----- the run ---------------------------------------------------------------------------------------


def transcribe_all(prompts, server, model_dir, audio_dir):
    from faster_whisper import WhisperModel

    model = WhisperModel(str(model_dir), device="cpu", compute_type="int8", cpu_threads=1)
    results = []
    for index, prompt in enumerate(prompts, 1):
        file = audio_dir / prompt.lang / (prompt.name.replace("/", "__") + ".wav")
        file.parent.mkdir(parents=True, exist_ok=True)
        try:
            with urllib.request.urlopen(server + prompt.url, timeout=120) as response:
                file.write_bytes(response.read())
        except urllib.error.HTTPError as error:
            print(f"  {prompt.lang} {prompt.name}: {prompt.url} answered {error.code}, left out", file=sys.stderr)
            continue
        # Greedy, no fallback, no previous text: the listener hears each prompt once, fresh. Whisper
        # sometimes loops on sound it cannot make out ("la famille de la famille…" to its 448-token limit);
        # the loop is cut at 6 tokens a second of sound, twice as many as speech at the kiosk's pace needs,
        # so a loop still scores as the failure it is without costing minutes of a shared CPU.
        segments, _ = model.transcribe(
            str(file), language=prompt.lang, beam_size=1, temperature=0.0,
            condition_on_previous_text=False, without_timestamps=True,
            max_new_tokens=min(440, 10 + int(6 * wav_seconds(file))),
        )
        heard = " ".join(segment.text.strip() for segment in segments)
        results.append({**prompt._asdict(), "heard": heard, **score(prompt.reference, heard, prompt.lang)})
        if index % 20 == 0:
            print(f"  {index}/{len(prompts)} prompts", file=sys.stderr, flush=True)
    return results


def wav_seconds(file: pathlib.Path) -> float:
    with wave.open(str(file)) as sound:
        return sound.getnframes() / sound.getframerate()


def rate(rows, edits, total) -> float:
    whole = sum(row[total] for row in rows)
    return 100.0 * sum(row[edits] for row in rows) / whole if whole else 0.0


def report(results, header, top):
    print(header)
    print()
    print(f"{'language':<10}{'prompts':>8}{'CER %':>8}{'WER %':>8}")
    by_lang = collections.defaultdict(list)
    for row in results:
        by_lang[row["lang"]].append(row)
    for lang, rows in by_lang.items():
        print(f"{lang:<10}{len(rows):>8}{rate(rows, 'letter_edits', 'letters'):>8.1f}{rate(rows, 'word_edits', 'words'):>8.1f}")
    print()
    print(f"{'procedure':<28}" + "".join(f"{lang + ' CER/WER':>16}" for lang in by_lang))
    procedures = sorted({row["procedure"] for row in results})
    for procedure in procedures:
        cells = []
        for lang in by_lang:
            rows = [row for row in by_lang[lang] if row["procedure"] == procedure]
            cells.append(f"{rate(rows, 'letter_edits', 'letters'):>7.0f}/{rate(rows, 'word_edits', 'words'):<4.0f} ({len(rows):>2})" if rows else f"{'-':>16}")
        print(f"{procedure:<28}" + "".join(f"{cell:>16}" for cell in cells))
    print()
    print(f"The {top} worst prompts (CER):")
    worst = sorted(results, key=lambda row: row["letter_edits"] / max(row["letters"], 1), reverse=True)[:top]
    for row in worst:
        print(f"{row['lang']} {row['name']}  CER {100 * row['letter_edits'] / max(row['letters'], 1):.0f} %")
        print(f"    meant: {row['reference']}")
        print(f"    heard: {row['heard']}")


def same_prompts(prompts, earlier, size, file):
    """The prompts of an earlier run, by language; `size` of them per language, evenly spread, if given."""
    by_name = {(prompt.lang, prompt.name): prompt for prompt in prompts}
    chosen = []
    for lang in dict.fromkeys(row["lang"] for row in earlier["results"]):
        rows = [row for row in earlier["results"] if row["lang"] == lang and (lang, row["name"]) in by_name]
        if 0 < size < len(rows):
            rows = [rows[len(rows) * index // size] for index in range(size)]
        chosen += [by_name[(lang, row["name"])] for row in rows]
    return chosen, f"the prompts of {file} ({earlier['run']}), {len(chosen)} of them"


def compare(earlier_rows, rows):
    """Before and after on exactly the same prompts."""
    before = {(row["lang"], row["name"]): row for row in earlier_rows}
    print("\nBefore (the earlier run) and after (this run), on the same prompts:")
    print(f"{'language':<10}{'prompts':>8}{'CER before':>12}{'CER after':>11}{'WER before':>12}{'WER after':>11}")
    for lang in dict.fromkeys(row["lang"] for row in rows):
        after = [row for row in rows if row["lang"] == lang and (lang, row["name"]) in before]
        then = [before[(lang, row["name"])] for row in after]
        print(
            f"{lang:<10}{len(after):>8}{rate(then, 'letter_edits', 'letters'):>12.1f}{rate(after, 'letter_edits', 'letters'):>11.1f}"
            f"{rate(then, 'word_edits', 'words'):>12.1f}{rate(after, 'word_edits', 'words'):>11.1f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", required=True, help="the running ariane serve, e.g. http://127.0.0.1:18931")
    parser.add_argument("--model", required=True, type=pathlib.Path)
    parser.add_argument("--procedures", default="procedures", type=pathlib.Path)
    parser.add_argument("--locales", default="locales", type=pathlib.Path)
    parser.add_argument("--lang", default="fr,en,ar", help="languages, comma-separated")
    parser.add_argument("--sample", type=int, default=60, help="prompts per language (0: every prompt)")
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--top", type=int, default=20, help="how many worst prompts to print")
    parser.add_argument("--out", default="bench/out/intelligibility", type=pathlib.Path)
    parser.add_argument(
        "--against", type=pathlib.Path,
        help="an earlier run's results file: measure the same prompts again (--sample N of them per language, evenly spread) and print both",
    )
    arguments = parser.parse_args()

    languages = [lang.strip() for lang in arguments.lang.split(",") if lang.strip()]
    prompts = all_prompts(arguments.procedures, arguments.locales, languages)
    counts = collections.Counter(prompt.lang for prompt in prompts)
    earlier = None
    if arguments.against:
        earlier = json.loads(arguments.against.read_text(encoding="utf-8"))
        prompts, which = same_prompts(prompts, earlier, arguments.sample, arguments.against)
    elif arguments.sample > 0:
        prompts = stratified_sample(prompts, arguments.sample, arguments.seed)
        which = f"SAMPLE of {arguments.sample} prompts per language (seed {arguments.seed}, stratified by kind) out of " + ", ".join(
            f"{lang} {count}" for lang, count in counts.items()
        )
    else:
        which = "FULL SET: every prompt the kiosk speaks, " + ", ".join(f"{lang} {count}" for lang, count in counts.items())
    started = time.monotonic()
    results = transcribe_all(prompts, arguments.server, arguments.model, arguments.out / "audio")
    seconds = time.monotonic() - started
    arguments.out.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (arguments.out / f"results-{stamp}.json").write_text(json.dumps({"run": which, "results": results}, ensure_ascii=False, indent=1))
    report(results, f"Intelligibility, Whisper base int8 (1 thread, greedy), {which}; {len(results)} prompts transcribed in {seconds:.0f} s", arguments.top)
    if earlier is not None:
        compare(earlier["results"], results)
    print(f"\nresults: {arguments.out / f'results-{stamp}.json'}")


if __name__ == "__main__":
    main()
