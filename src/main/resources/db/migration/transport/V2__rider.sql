-- The accreditation (card number) of the person a car is booked for: its privileges cover the service.
alter table transport.car_request add column rider uuid;
