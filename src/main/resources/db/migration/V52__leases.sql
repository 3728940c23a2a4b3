-- A background job that must run on one node at a time (the publish scheduler) holds a lease
-- that it renews; a node that dies stops renewing, and another takes the lease once it expires.
CREATE TABLE leases (
  name VARCHAR(100) NOT NULL PRIMARY KEY,
  holder VARCHAR(200) NOT NULL,
  expires_at BIGINT NOT NULL
);
