-- The month marks keyed by month first, each carrying the customer's sign-up month. Keyed by customer, a batch's new
-- marks landed on one page per customer, all over the table (220 ms of a 10,000-event batch); keyed by month they all
-- land in the current month's part. The retention matrix then counts them by cohort without reading customers.
CREATE TABLE monthly_active_customers (
    month        TEXT NOT NULL,
    customer_id  TEXT NOT NULL,
    signup_month TEXT NOT NULL,
    PRIMARY KEY (month, customer_id)
) WITHOUT ROWID;

INSERT INTO monthly_active_customers (month, customer_id, signup_month)
SELECT mark.month, mark.customer_id, customer.signup_month
FROM customer_activity_months AS mark JOIN customers AS customer ON customer.id = mark.customer_id
ORDER BY mark.month, mark.customer_id;

DROP TABLE customer_activity_months;
