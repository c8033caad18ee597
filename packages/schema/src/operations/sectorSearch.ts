// The desk's sector search: from part of a beneficiary's name or street to the sector; the desk
// shows that sector's call chain from its own live "who to call now" (one read, not one per match).
import { graphql } from '../generated/index';

export const sectorSearchQuery = graphql(`
  query SectorSearch($text: String!, $first: Int) {
    sectorSearch(text: $text, first: $first) {
      more
      matches {
        matchedOn
        beneficiaryName
        street
        postalCode
        city
        sector {
          id
          code
          name
        }
      }
    }
  }
`);
