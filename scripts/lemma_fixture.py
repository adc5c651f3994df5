#!/usr/bin/env python3
"""Builds the stemmer's lemma fixture from the UD Turkish lemma table (see /work/shared/data/ud-turkish-lemmas/SOURCE.md).

Keeps NOUN rows whose features are only inflection (Case, Number, Person, Number[psor], Person[psor]) and marks
with inflection_only=1 the rows whose form is the lemma plus inflectional suffixes alone: UD lemmas are roots with
derivation removed (uçuşları → uç, kulaklığı → kulak), which a stemmer that keeps derivational stems must not match.
The check is a regular expression of the Turkish noun suffix chain (plural, possessive, case, -ki, copula) with its
buffer-letter conditions, allowing the root changes of inflection (softening, dropped vowel, doubled consonant).

usage: lemma_fixture.py SOURCE.tsv OUT.tsv [--all-treebanks]
Rows found only in tr_imst (CC BY-NC-SA) are left out unless --all-treebanks is given.
"""
import csv, re, sys

def tr_lower(s):
    return s.replace('İ', 'i').replace('I', 'ı').lower()

FOLD = str.maketrans({'ç': 'c', 'ğ': 'g', 'ı': 'i', 'ö': 'o', 'ş': 's', 'ü': 'u', 'â': 'a', 'î': 'i', 'û': 'u', '\u0307': None})

def fold(s):
    return tr_lower(s).translate(FOLD)

I, A = '[iu]', '[ae]'
VW, CN = '(?<=[aeiou])', '(?<=[^aeiou])'
POSS = (f'(?:{CN}{I}m|{CN}{I}m{I}z|{CN}{I}n|{CN}{I}n{I}z|{VW}s{I}|{CN}{I}|{VW}m|{VW}n|{VW}m{I}z|{VW}n{I}z|l{A}r{I})')
CASE = (f'(?:{VW}y{I}|{VW}n{I}|{CN}{I}|{VW}y{A}|{VW}n{A}|{CN}{A}|d{A}|t{A}|{VW}nd{A}|d{A}n|t{A}n|{VW}nd{A}n|'
        f'{VW}n{I}n|{CN}{I}n|{VW}yl{A}|{CN}l{A}|c{A})')
COP = (f'(?:(?:d{I}r|t{I}r|yd{I}|d{I}|t{I}|ym{I}s|m{I}s|ys{A}|s{A}|yken|ken)?'
       f'(?:{I}m|y{I}m|s{I}n|{I}z|y{I}z|s{I}n{I}z|l{A}r)?)')
INFLECTION = re.compile(f'(?:l{A}r)?{POSS}?{CASE}?(?:ki(?:l{A}r)?{CASE}?)?{COP}$')
SOFT = {'p': 'b', 't': 'd', 'k': 'g', 'c': 'c'}
VOWELS = set('aeiou')

def root_variants(lemma):
    out = {lemma}
    if lemma[-1] in SOFT:
        out.add(lemma[:-1] + SOFT[lemma[-1]])
    if lemma.endswith('nk'):
        out.add(lemma[:-1] + 'g')
    if len(lemma) >= 3 and lemma[-2] in VOWELS and lemma[-1] not in VOWELS and lemma[-3] not in VOWELS:
        out.add(lemma[:-2] + lemma[-1])
    if lemma[-1] not in VOWELS:
        out.add(lemma + lemma[-1])
    return out

def inflection_only(form, lemma):
    f = fold(form.replace('’', "'")).replace("'", '')
    l = fold(lemma)
    if not l:
        return False
    return any(f.startswith(r) and INFLECTION.match(f, len(r)) for r in root_variants(l))

INFLECTIONAL = {'Case', 'Number', 'Person', 'Number[psor]', 'Person[psor]'}

def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    all_treebanks = '--all-treebanks' in sys.argv
    source, out = args
    with open(source, encoding='utf-8') as f, open(out, 'w', encoding='utf-8', newline='') as g:
        write = lambda fields: g.write('\t'.join(fields) + '\n')  # fields never hold tabs
        write(['form', 'lemma', 'feats', 'count', 'treebanks', 'inflection_only'])
        for r in csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE):
            if r['upos'] != 'NOUN' or r['feats'] == '_':
                continue
            if not all(x.split('=')[0] in INFLECTIONAL for x in r['feats'].split('|')):
                continue
            if not all_treebanks and r['treebanks'] == 'tr_imst':
                continue
            write([r['form'], r['lemma'], r['feats'], r['count'], r['treebanks'],
                        '1' if inflection_only(r['form'], r['lemma']) else '0'])

if __name__ == '__main__':
    main()
