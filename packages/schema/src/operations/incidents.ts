// The desk's list of civil-liability incidents (social workers: their sector's; direction: all).
import { graphql } from '../generated/index';

export const deskIncidentsQuery = graphql(`
  query DeskIncidents {
    incidents(first: 20) {
      totalCount
      edges {
        node {
          id
          status
          occurredAt
          description
          insurerReference
          sector { id name }
          declaredBy { id fullName }
          documents { id fileName downloadPath }
        }
      }
    }
  }
`);
