//! Peak heap use per pipeline stage (prints figures, asserts nothing).
//!
//! ```text
//! cargo run --release --example memory -- FILE
//! ```
//!
//! Counts every allocation through a wrapping global allocator and prints,
//! after each stage of `pipeline::run`'s order, the bytes still allocated
//! and the peak so far, as multiples of the input's length.

use article_annotator::{dates, document, link, names, quotes, segment::Doc, structure};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;

static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed to `System` unchanged; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = NOW.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(now, Relaxed);
        // SAFETY: the caller's contract, passed on.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        NOW.fetch_sub(layout.size(), Relaxed);
        // SAFETY: the caller's contract, passed on.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            let now = NOW.fetch_add(new_size - layout.size(), Relaxed) + new_size - layout.size();
            PEAK.fetch_max(now, Relaxed);
        } else {
            NOW.fetch_sub(layout.size() - new_size, Relaxed);
        }
        // SAFETY: the caller's contract, passed on.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn main() {
    let path = std::env::args().nth(1).expect("usage: memory FILE");
    let text = std::fs::read_to_string(&path).expect("a UTF-8 file");
    let n = text.len() as f64;
    let report = |stage: &str| {
        let mb = |b: usize| b as f64 / 1048576.0;
        let (now, peak) = (NOW.load(Relaxed), PEAK.load(Relaxed));
        println!("{stage:>10}: live {:>8.1} MiB ({:>5.2}x), peak {:>8.1} MiB ({:>5.2}x)", mb(now), now as f64 / n, mb(peak), peak as f64 / n);
    };
    report("input");
    let doc = Doc::new(&text);
    report("segment");
    let parts = structure::find(&doc);
    report("structure");
    let mentions = names::find(&doc, &parts);
    report("names");
    let timexes: Vec<dates::Timex> = dates::extract(&text, parts.published_date).into_iter().filter(|t| !parts.is_boilerplate(t.span)).collect();
    report("dates");
    let time_spans: Vec<_> = timexes.iter().map(|t| t.span).collect();
    let found = quotes::find(&doc, &parts, &mentions, &time_spans);
    report("quotes");
    let linked = link::link(&doc, &mentions, &found);
    report("link");
    let out = document::build(&doc, &parts, parts.published_date, &linked, &timexes, &found, false);
    report("document");
    drop((linked, found, time_spans, timexes, mentions, parts, doc));
    report("dropped");
    let json = out.to_json();
    report("json");
    std::hint::black_box(json);
}
