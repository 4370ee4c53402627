-- The month marks keyed by month first, each carrying the customer's sign-up month: a batch's new marks land in the
-- current month's part of the table instead of one place per customer, and the retention matrix counts them by cohort
-- without reading customers.
CREATE TABLE growth.monthly_active_customers (
    month        DATE             NOT NULL,
    customer_id  UNIQUEIDENTIFIER NOT NULL,
    signup_month DATE             NOT NULL,
    CONSTRAINT pk_monthly_active_customers PRIMARY KEY (month, customer_id)
);

INSERT INTO growth.monthly_active_customers (month, customer_id, signup_month)
SELECT mark.month, mark.customer_id, customer.signup_month
FROM growth.customer_activity_months AS mark JOIN growth.customers AS customer ON customer.id = mark.customer_id;

DROP TABLE growth.customer_activity_months;
