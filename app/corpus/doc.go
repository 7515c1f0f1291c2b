// Package corpus reads and checks the article corpus and finds in it the
// countries, regions, people, organisations, themes and relationships of a
// lexicon.
//
// [Load] reads three kinds of file from the root of a file system:
//
//   - catalog.json, the catalogue: a JSON array with one object per article,
//     giving its "file", "id" (a URL slug), "date" (YYYY-MM-DD),
//     "dateInferred" and, if true, a "dateNote" saying how the date was
//     found, "source" (the outlet the text names, or "unknown"), "lang", and
//     optionally "author" and "title";
//   - lexicon.json, the lexicon of what to recognise (see [Lexicon]);
//   - the articles themselves, one plain UTF-8 *.txt file each.
//
// # Reading an article
//
// Articles are kept as they were collected, page furniture and all. Parsing
// is a pipeline of small steps, each in its own file:
//
//  1. Layout (layout.go) sorts the lines into headline, header and body.
//     Page furniture (language switchers such as "中文 | Español",
//     "Home > …" breadcrumbs, "Print", "Suggest to a friend:", "Full
//     article") and photo captions (lines ending in "(Archive)", which
//     repeat a sentence of the body) are dropped wherever they stand. The
//     first remaining line is the headline unless it reads as prose, and is
//     cleaned of kicker labels such as "EXTENSION:". Short lines after it
//     that do not end with a full stop (datelines, bylines, time stamps)
//     are the header. A leading "date 2024-06-28" marker on the first body
//     line is header too. A title in the catalogue wins over the headline.
//  2. Paragraphs are separated by blank lines; a body without blank lines
//     has one paragraph per line.
//  3. Sentences (sentence.go) end at ".", "!" or "?" followed by a space and
//     a capital, a digit or a quote, except after abbreviations and
//     initials. They are numbered from 1 through the whole body.
//  4. Mentions (match.go, mention.go) are found sentence by sentence, and in
//     the title, by the rules given on [Lexicon].
//  5. Focus (focus.go) names the Latin American country an article is
//     about, or [Regional]. Every mention of a Latin American country, and
//     of a Latin American region, scores 1, or 3 in the title. The
//     best-scoring country is the focus if it scores more than all other
//     Latin American countries together and at least as much as the
//     regions; otherwise the article is about several countries or the
//     region as a whole, and its focus is Regional.
//
// # Dates
//
// The catalogue date is checked against the date an article states in its
// header or in the dateline that opens its body ("SAN FRANCISCO, Nov. 16
// (Xinhua) —"), never against dates further on:
//
//   - A full date the text states, such as "2016-02-05" or "16th
//     Wednesday, December 2020", must be the catalogue date, which is then
//     not inferred. A weekday written with it must be its weekday.
//   - A month and day without a year, such as "Nov. 16", must agree with the
//     catalogue date, whose year is then inferred.
//   - A text that states no date has an inferred catalogue date.
//   - An inferred date is that of the event reported, so it must fall on
//     the weekday the lead sentence gives the event ("on Friday"). A stated
//     date is the publication's, often a day after the event, and is not
//     held to the lead.
package corpus
