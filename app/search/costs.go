package search

// costs is the second rank key of a document: how many of the query words
// it matched by each kind of match. Documents compare by their worst
// matches first: fewer words with two typos rank first (as a prefix, then
// whole), then fewer with one typo (likewise), fewer prefixes, fewer
// folded words. Thus a match of every word exactly never ranks below any
// match with a prefix or a typo, however many words were folded, and each
// kind of match only decides between documents whose worse matches tie.
//
// The counts are packed, worst kind in the high bits, so that comparing
// two costs as integers compares them lexicographically. Each takes
// costBits bits and saturates; a query has at most MaxQueryWords words,
// but the parts of a hyphenated word each count.
type costs uint32

const (
	costBits = 5
	costMax  = 1<<costBits - 1
)

// Each kind but the best has its field.
var _ [32 - costBits*int(matchKinds-1)]struct{}

// cost is the cost of one word matched by kind k.
func (k matchKind) cost() costs {
	if k == matchAccent {
		return 0
	}
	return 1 << (costBits * uint(k-1))
}

// add adds the counts of o, field by field.
func (c costs) add(o costs) costs {
	var sum costs
	for k := matchAccent + 1; k < matchKinds; k++ {
		shift := costBits * uint(k-1)
		n := min(c>>shift&costMax+o>>shift&costMax, costMax)
		sum |= n << shift
	}
	return sum
}
