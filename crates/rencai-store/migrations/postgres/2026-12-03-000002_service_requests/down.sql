DROP TABLE service_requests;
