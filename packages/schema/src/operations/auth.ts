// Who the board is reading as, and logging in when no kiosk token was given.
import { graphql } from '../generated/index';

export const boardViewerQuery = graphql(`
  query BoardViewer {
    viewer {
      kind
      staff {
        id
        fullName
        role
      }
    }
  }
`);

export const boardLoginMutation = graphql(`
  mutation BoardLogin($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      userErrors {
        field
        code
        message
      }
    }
  }
`);

// "Forget the token": the server revokes the session (kiosk or staff) before the screen forgets it.
export const boardLogoutMutation = graphql(`
  mutation BoardLogout {
    logout {
      loggedOut
    }
  }
`);
