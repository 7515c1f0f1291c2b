// Package corpus reads and checks the article corpus and finds in it the
// countries, regions, people, organisations and themes of a lexicon.
//
// [Load] reads three kinds of file from the root of a file system:
//
//   - catalog.json, the catalogue: one entry per article with its id, date,
//     source and optional author and title (see the catalogEntry type);
//   - lexicon.json, the lexicon of things to recognise (see [Lexicon]);
//   - the articles themselves, one plain UTF-8 *.txt file each.
//
// # Reading an article
//
// Articles are kept as they were collected, page furniture and all. Parsing
// is a pipeline of small steps, each in its own file:
//
//  1. Layout (layout.go) sorts the lines into headline, header and body.
//     Page furniture (language switchers such as "中文 | Español",
//     "Home > …" breadcrumbs, "Print", "Suggest to a friend:") and photo
//     captions (lines ending in "(Archive)", which repeat a sentence of the
//     body) are dropped wherever they stand. The first remaining line is the
//     headline unless it reads as prose. Short lines after it that do not
//     end a sentence — datelines, bylines, time stamps — are the header. A
//     leading "date 2024-06-28" marker on the first body line is header too.
//  2. Paragraphs are separated by blank lines; a body without blank lines
//     has one paragraph per line.
//  3. Sentences (sentence.go) end at . ! or ? followed by a space and a
//     capital, digit or quote, except after abbreviations and initials.
//  4. Mentions (match.go, mention.go) are found sentence by sentence.
//  5. Focus (focus.go) names the Latin American country an article is
//     about, or [Regional].
//
// # Checks
//
// Load reports every problem it finds, each tied to its file, as an
// [ErrorList]; see [Load] for what is checked. The date check
// (statedate.go) compares the catalogue date with the date an article's
// header or dateline states.
package corpus
