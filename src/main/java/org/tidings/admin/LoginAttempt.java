package org.tidings.admin;

import java.util.Optional;

/**
 * Who is trying to log in, as the throttle sees them: the account name typed (whether or not
 * it exists), the client's address, and the id of the browser's device cookie if it holds one
 * this server issued for that name (see {@link DeviceCookies}).
 */
record LoginAttempt(String username, String address, Optional<String> device) {
}
