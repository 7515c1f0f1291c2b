package compare

import "chinalac/app/corpus"

// A DocRef identifies a document for a list or a link: /doc/<ID>.
type DocRef struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Date  string `json:"date"`  // YYYY-MM-DD
	Focus string `json:"focus"` // the document's focus: a country code or "regional"
}

func docRef(d *corpus.Document) DocRef {
	return DocRef{ID: d.ID, Title: d.Title, Date: d.Date.String(), Focus: d.Focus}
}

// Documents are the documents with sentences that count for a country.
type Documents struct {
	Count int    `json:"count"`
	First string `json:"first"` // date of the earliest, YYYY-MM-DD; "" if none
	Last  string `json:"last"`  // date of the latest
	List  []Doc  `json:"list"`  // in reading order: by date
}

// A Doc is a document of a country's profile.
type Doc struct {
	DocRef
	// About is true when the document's focus is the country.
	About     bool `json:"about"`
	Sentences int  `json:"sentences"` // that count for the country
}

func documents(code string, hits []hit) Documents {
	var ds Documents
	for _, h := range hits {
		if n := len(ds.List); n > 0 && ds.List[n-1].ID == h.doc.ID {
			ds.List[n-1].Sentences++
			continue
		}
		ds.List = append(ds.List, Doc{DocRef: docRef(h.doc), About: h.doc.Focus == code, Sentences: 1})
	}
	ds.Count = len(ds.List)
	if ds.Count > 0 {
		ds.First, ds.Last = ds.List[0].Date, ds.List[ds.Count-1].Date
	}
	return ds
}
