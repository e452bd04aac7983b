package scenario

// indexes find a scenario's parts by id and by round. buildIndexes makes
// them from the decoded scenario; the validation passes read them.
type indexes struct {
	team        map[string]*Team
	teamIdx     map[string]int
	meter       map[string]*Meter
	flag        map[string]*Flag
	channel     map[string]*Channel
	inject      map[string]*Inject
	optionIDs   map[string]map[string]bool
	slots       map[int][]*Inject
	lastSlot    int
	flagsRead   map[string]bool // filled as the conditions compile (validate)
	followUp    map[string]bool
	conditional []*Inject
}

// buildIndexes indexes the decoded scenario as it is, valid or not: of two
// teams or injects with one id the first counts, of two meters, flags or
// channels the last; each team's option ids over all injects; the injects
// of each round; the injects some option or rule follows up; and the
// conditional injects (a condition, no round, not a follow-up).
func (s *Scenario) buildIndexes() indexes {
	ix := indexes{team: map[string]*Team{}, teamIdx: map[string]int{}, meter: map[string]*Meter{}, flag: map[string]*Flag{},
		channel: map[string]*Channel{}, inject: map[string]*Inject{}, optionIDs: map[string]map[string]bool{}, slots: map[int][]*Inject{},
		followUp: map[string]bool{}}
	for i := range s.Teams {
		t := &s.Teams[i]
		if ix.team[t.ID] == nil {
			ix.team[t.ID] = t
			ix.teamIdx[t.ID] = i
		}
		ix.optionIDs[t.ID] = map[string]bool{}
	}
	for i := range s.Meters {
		ix.meter[s.Meters[i].ID] = &s.Meters[i]
	}
	for i := range s.Flags {
		ix.flag[s.Flags[i].ID] = &s.Flags[i]
	}
	for i := range s.Channels {
		ix.channel[s.Channels[i].ID] = &s.Channels[i]
	}
	for i := range s.Injects {
		in := &s.Injects[i]
		if ix.inject[in.ID] == nil {
			ix.inject[in.ID] = in
		}
		for team, opts := range in.Options {
			for _, o := range opts {
				if ix.optionIDs[team] != nil {
					ix.optionIDs[team][o.ID] = true
				}
				for _, f := range o.Follow {
					ix.followUp[f] = true
				}
			}
		}
		for _, r := range in.Rules {
			for _, f := range r.Follow {
				ix.followUp[f] = true
			}
		}
		if in.Round > 0 {
			ix.slots[in.Round] = append(ix.slots[in.Round], in)
			ix.lastSlot = max(ix.lastSlot, in.Round)
		}
	}
	for i := range s.Injects {
		if in := &s.Injects[i]; in.Round == 0 && in.When != "" && !ix.followUp[in.ID] {
			ix.conditional = append(ix.conditional, in)
		}
	}
	return ix
}
