// The desk's swaps (R13): the pending ones, and each step a person takes from the desk.
import { graphql } from '../generated/index';

export const deskSwapsPendingQuery = graphql(`
  query DeskSwapsPending {
    permanenceSwapsPending(first: 100) {
      id
      status
      viewerCanDecide
      note
      event
      offeredAt
      offeredBy { id fullName }
      takenBy { id fullName }
      shift { id kind startsAt endsAt holders { id fullName } }
      loadWarnings { year closedDays expectedClosedDays deviation staff { id fullName } }
    }
  }
`);

export const deskSwapOfferMutation = graphql(`
  mutation DeskSwapOffer($input: PermanenceSwapOfferInput!) {
    permanenceSwapOffer(input: $input) {
      swap { id status }
      userErrors { field code message }
    }
  }
`);

export const deskSwapTakeMutation = graphql(`
  mutation DeskSwapTake($input: PermanenceSwapStepInput!) {
    permanenceSwapTake(input: $input) {
      swap { id status }
      userErrors { field code message }
    }
  }
`);

export const deskSwapApproveMutation = graphql(`
  mutation DeskSwapApprove($input: PermanenceSwapStepInput!) {
    permanenceSwapApprove(input: $input) {
      swap { id status }
      shift { id holders { id fullName } }
      userErrors { field code message }
    }
  }
`);

export const deskSwapRefuseMutation = graphql(`
  mutation DeskSwapRefuse($input: PermanenceSwapRefuseInput!) {
    permanenceSwapRefuse(input: $input) {
      swap { id status refusalReason }
      userErrors { field code message }
    }
  }
`);

export const deskSwapUndoMutation = graphql(`
  mutation DeskSwapUndo($input: PermanenceSwapStepInput!) {
    permanenceSwapUndo(input: $input) {
      swap { id status }
      userErrors { field code message }
    }
  }
`);

export const permanenceSwapChangedSubscription = graphql(`
  subscription BoardPermanenceSwapChanged($after: String) {
    permanenceSwapChanged(after: $after) {
      cursor
      type
      occurredAt
    }
  }
`);
