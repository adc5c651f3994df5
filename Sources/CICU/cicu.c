#include "cicu.h"
#include <unicode/ustring.h>
#include <unicode/unorm2.h>
#include <unicode/ubrk.h>
#include <unicode/utrans.h>
#include <string.h>

int32_t cicu_tr_lower(const uint16_t *src, int32_t srcLen, uint16_t *dst, int32_t dstCap) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t n = u_strToLower((UChar *)dst, dstCap, (const UChar *)src, srcLen, "tr", &err);
    return U_FAILURE(err) && err != U_STRING_NOT_TERMINATED_WARNING ? -(int32_t)err - 1 : n;
}

int32_t cicu_tr_upper(const uint16_t *src, int32_t srcLen, uint16_t *dst, int32_t dstCap) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t n = u_strToUpper((UChar *)dst, dstCap, (const UChar *)src, srcLen, "tr", &err);
    return U_FAILURE(err) && err != U_STRING_NOT_TERMINATED_WARNING ? -(int32_t)err - 1 : n;
}

int32_t cicu_nfkc(const uint16_t *src, int32_t srcLen, uint16_t *dst, int32_t dstCap) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&err);
    if (U_FAILURE(err)) return -1;
    int32_t n = unorm2_normalize(nfkc, (const UChar *)src, srcLen, (UChar *)dst, dstCap, &err);
    return U_FAILURE(err) && err != U_STRING_NOT_TERMINATED_WARNING ? -(int32_t)err - 1 : n;
}

static __thread UBreakIterator *word_iter = NULL;

int32_t cicu_word_boundaries(const uint16_t *text, int32_t len, int32_t *out, int32_t *status, int32_t cap) {
    UErrorCode err = U_ZERO_ERROR;
    if (word_iter == NULL) {
        word_iter = ubrk_open(UBRK_WORD, "tr", NULL, 0, &err);
        if (U_FAILURE(err)) { word_iter = NULL; return -1; }
    }
    ubrk_setText(word_iter, (const UChar *)text, len, &err);
    if (U_FAILURE(err)) return -1;
    int32_t count = 0;
    for (int32_t b = ubrk_first(word_iter); b != UBRK_DONE && count < cap; b = ubrk_next(word_iter)) {
        out[count] = b;
        if (status) status[count] = ubrk_getRuleStatus(word_iter);
        count++;
    }
    return count;
}

static __thread UTransliterator *latin_ascii = NULL;

int32_t cicu_latin_ascii(const uint16_t *src, int32_t srcLen, uint16_t *dst, int32_t dstCap) {
    UErrorCode err = U_ZERO_ERROR;
    if (latin_ascii == NULL) {
        static const UChar id[] = {'L','a','t','i','n','-','A','S','C','I','I',0};
        latin_ascii = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &err);
        if (U_FAILURE(err)) { latin_ascii = NULL; return -1; }
    }
    if (srcLen > dstCap) return -2;
    memcpy(dst, src, (size_t)srcLen * sizeof(uint16_t));
    int32_t textLen = srcLen, limit = srcLen;
    utrans_transUChars(latin_ascii, (UChar *)dst, &textLen, dstCap, 0, &limit, &err);
    return U_FAILURE(err) ? -(int32_t)err - 1 : textLen;
}
