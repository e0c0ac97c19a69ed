/**
 * resvg-js, loaded with its allocator told to keep the memory it frees.
 *
 * resvg-js links mimalloc, which by default hands freed memory back to the
 * system after 10 ms. Every social card draws on a fresh 1200×630 canvas
 * (3 MB), so each card gave its canvas back and the next one took it again
 * page by page: about 1,950 page faults a card. On this project's 2-core
 * virtual machines a fault costs some 15 µs, so that churn was 10-15 ms of
 * a card's 55-60 ms of CPU. `MIMALLOC_PURGE_DELAY=-1` keeps freed memory
 * for reuse; the pixels drawn are the same. mimalloc reads its options when
 * the library loads, so the variable is set before the import, here, and
 * every user of resvg imports it from this module. A value set from outside
 * wins.
 */
process.env.MIMALLOC_PURGE_DELAY ??= '-1';

export const { Resvg } = await import('@resvg/resvg-js');
