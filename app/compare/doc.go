// Package compare sets China's relations with two to four Latin American
// countries side by side, point by point, and keeps every claim one click
// from the sentence that supports it.
//
// Everything the comparison page shows is computed by [Compare], as a
// function of the corpus, the [Facts] about its countries and a [Selection]
// that [ParseSelection] reads from the page's "countries" query value
// ("cl,pe,mx"). The facts are what does not depend on the selection: all
// that is extracted (see below) but the distinctive terms, which weigh a
// country against the others selected. [FactsOf] computes them when the
// site is built and the browser decodes them ([DecodeFacts]), so that the
// extraction never enters app.wasm.
//
// # Attribution
//
// Claims are made by sentence. A sentence counts for country X when either
//
//  1. it names X: it mentions X itself (the lexicon maps demonyms and
//     compounds such as "Chilean", "Sino-Mexican" and "China-Chile" to the
//     country), or one of X's people (a person whose lexicon country is X,
//     such as its president); or
//  2. it stands in a document whose Focus is X, and it names no other Latin
//     American country, neither directly nor through one of its people.
//
// So a sentence of a regional document counts for each country it names and
// for no other, and a sentence of a document about Peru counts for Chile
// only if it names Chile. China is the other side of every relation, never a
// column; a sentence may count for several countries. [Evidence.Reason]
// says which rule applied: "names Chile", "names Gabriel Boric" or "in a
// document about Chile".
//
// Every section of a [Profile], every cell of the theme [Matrix] and every
// lane of the [Timeline] is drawn from a country's attributed sentences
// only, so the same rule decides all of them.
//
// # What is extracted
//
//   - Relationship descriptions are lexicon mentions of kind
//     [corpus.KindRelationship] ("comprehensive strategic partnership").
//   - Milestones are what the sentences date: ordinal anniversaries
//     ("50th", "fiftieth"), the firsts of the diplomatic relation that such
//     an anniversary dates, and events the sentence gives a year, in
//     digits ("2024") or as "this year", "last year", "next year" or "over
//     one year ago" against the document's date, which the milestone then
//     names. The same anniversary or event told by several sentences is one
//     milestone with several sources. What the texts do not date is no
//     milestone (see [Milestone]).
//   - Agreements are the lexicon's organisations, frameworks and groupings,
//     plus free trade agreements and their upgrade, found by phrase.
//   - Figures are numbers with a currency, multiplier, percentage, "times"
//     or "years", and ranks: an ordinal or superlative before a noun such as
//     partner, supplier or country (see [Figure]).
//   - Distinctive terms are words a country's sentences use more than the
//     other selected countries' sentences, by log-likelihood (see
//     [Keyness]), leaving out names of places and people, function words,
//     reporting verbs and the set phrases of diplomatic readouts, each
//     with the sentences that use it.
//   - Key quotes are sentences of reported speech, one for each side when
//     both speak, quoted without the dateline that may open them (see
//     [Profile.Quotes] and [Quote]).
package compare
