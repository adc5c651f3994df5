#ifndef CICU_H
#define CICU_H
#include <stdint.h>

/* Thin wrappers over ICU. Only <stdint.h> types cross this header so that Swift never sees ICU's
   renamed symbols and nothing clashes with Foundation's bundled ICU. All functions return the
   length written (in UTF-16 units / boundaries) or a negative value on error. */

/* Case mapping in the Turkish locale ("tr"): I -> ı, İ -> i, and the reverse for upper. */
int32_t cicu_tr_lower(const uint16_t *src, int32_t srcLen, uint16_t *dst, int32_t dstCap);
int32_t cicu_tr_upper(const uint16_t *src, int32_t srcLen, uint16_t *dst, int32_t dstCap);

/* Unicode NFKC normalization ("ﬁ" -> "fi", full-width digits -> ASCII digits). */
int32_t cicu_nfkc(const uint16_t *src, int32_t srcLen, uint16_t *dst, int32_t dstCap);

/* Word boundaries (ICU word break, "tr" rules). Writes boundary offsets into `out` and the rule
   status of the segment ending at each boundary into `status` (may be NULL). Uses a thread-local
   iterator, so it is safe to call from many threads. */
int32_t cicu_word_boundaries(const uint16_t *text, int32_t len, int32_t *out, int32_t *status, int32_t cap);

/* ICU "Latin-ASCII" transliteration (fallback folding for letters outside the fast tables). */
int32_t cicu_latin_ascii(const uint16_t *src, int32_t srcLen, uint16_t *dst, int32_t dstCap);

#endif
