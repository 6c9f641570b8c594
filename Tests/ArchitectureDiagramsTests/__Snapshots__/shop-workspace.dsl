workspace "shop" "Online shop selling household goods in the EU, web and mobile apps" {
    model {
        user_web = person "Clients of Storefront (SSR)"
        user_gateway = person "Clients of API gateway"
        svc_psp = softwareSystem "Payment service provider" "" "External"
        svc_mailer = softwareSystem "E-mail delivery provider" "" "External"
        system = softwareSystem "shop" "Online shop selling household goods in the EU, web and mobile apps" {
            group "ordering context" {
                svc_orders = container "orders" "" "service"
                db_orders_db = container "orders-db" "" "postgres" "Database"
            }
            svc_web = container "Storefront (SSR)" "" "frontend"
            svc_gateway = container "API gateway" "" "gateway"
            svc_catalog = container "catalog" "" "service"
            svc_cart = container "cart" "" "service"
            svc_inventory = container "inventory" "" "service"
            svc_payments = container "payments" "" "service"
            svc_shipping = container "shipping" "" "service"
            svc_notifications = container "notifications" "" "worker"
            db_catalog_db = container "catalog-db" "" "postgres" "Database"
            db_shop_cache = container "Shared Redis cache" "" "redis" "Database"
            db_cart_db = container "cart-db" "" "postgres" "Database"
            db_inventory_db = container "inventory-db" "" "postgres" "Database"
            db_payments_db = container "payments-db" "" "postgres" "Database"
            db_shipping_db = container "shipping-db" "" "postgres" "Database"
            broker_events = container "Kafka (domain events)" "" "kafka" "Queue"
        }

        user_web -> svc_web "browse" ""
        user_gateway -> svc_gateway "add-to-cart, checkout" ""
        svc_web -> svc_catalog "calls" "gRPC"
        svc_web -> svc_cart "calls, with fallback" "gRPC"
        svc_gateway -> svc_cart "calls" "gRPC"
        svc_gateway -> svc_orders "calls" "gRPC"
        svc_cart -> svc_catalog "calls" "gRPC"
        svc_cart -> svc_inventory "calls, with fallback" "gRPC"
        svc_orders -> svc_cart "calls" "gRPC"
        svc_orders -> svc_inventory "calls" "gRPC"
        svc_orders -> svc_payments "calls" "gRPC"
        svc_orders -> svc_shipping "calls" "gRPC"
        svc_payments -> svc_psp "calls" "HTTP"
        svc_notifications -> svc_mailer "calls" "HTTP"
        svc_catalog -> db_catalog_db "reads and writes" "postgres"
        svc_catalog -> db_shop_cache "caches in" "redis"
        svc_cart -> db_cart_db "reads and writes" "postgres"
        svc_cart -> db_shop_cache "caches in" "redis"
        svc_orders -> db_orders_db "reads and writes" "postgres"
        svc_inventory -> db_inventory_db "reads and writes" "postgres"
        svc_payments -> db_payments_db "reads and writes" "postgres"
        svc_shipping -> db_shipping_db "reads and writes" "postgres"
        svc_orders -> broker_events "publishes order-placed" "kafka" "Async"
        svc_shipping -> broker_events "publishes shipment-created" "kafka" "Async"
        broker_events -> svc_notifications "delivers order-placed, shipment-created" "kafka" "Async"

        production = deploymentEnvironment "Production" {
            zone_a = deploymentNode "zone a" {
                zone_a__svc_web = deploymentNode "Storefront (SSR)" "" "frontend, 1 replica" "" 1 {
                    containerInstance svc_web
                }
                zone_a__svc_gateway = deploymentNode "API gateway" "" "gateway, 1 replica" "" 1 {
                    containerInstance svc_gateway
                }
                zone_a__svc_catalog = deploymentNode "catalog" "" "service, 2 replicas" "" 2 {
                    containerInstance svc_catalog
                }
                zone_a__svc_cart = deploymentNode "cart" "" "service, 1 replica" "" 1 {
                    containerInstance svc_cart
                }
                zone_a__svc_orders = deploymentNode "orders" "" "service, 1 replica" "" 1 {
                    containerInstance svc_orders
                }
                zone_a__svc_inventory = deploymentNode "inventory" "" "service, 1 replica" "" 1 {
                    containerInstance svc_inventory
                }
                zone_a__svc_payments = deploymentNode "payments" "" "service, 1 replica" "" 1 {
                    containerInstance svc_payments
                }
                zone_a__svc_shipping = deploymentNode "shipping" "" "service, 1 replica" "" 1 {
                    containerInstance svc_shipping
                }
                zone_a__svc_notifications = deploymentNode "notifications" "" "worker, 1 replica" "" 1 {
                    containerInstance svc_notifications
                }
                zone_a__db_catalog_db = deploymentNode "catalog-db" "" "postgres, 1 replica" "" 1 {
                    containerInstance db_catalog_db
                }
                zone_a__db_shop_cache = deploymentNode "Shared Redis cache" "" "redis, 1 replica" "" 1 {
                    containerInstance db_shop_cache
                }
                zone_a__db_cart_db = deploymentNode "cart-db" "" "postgres, 1 replica" "" 1 {
                    containerInstance db_cart_db
                }
                zone_a__db_orders_db = deploymentNode "orders-db" "" "postgres, 1 replica" "" 1 {
                    containerInstance db_orders_db
                }
                zone_a__db_inventory_db = deploymentNode "inventory-db" "" "postgres, 1 replica" "" 1 {
                    containerInstance db_inventory_db
                }
                zone_a__db_payments_db = deploymentNode "payments-db" "" "postgres, 1 replica" "" 1 {
                    containerInstance db_payments_db
                }
                zone_a__db_shipping_db = deploymentNode "shipping-db" "" "postgres, 1 replica" "" 1 {
                    containerInstance db_shipping_db
                }
                zone_a__broker_events = deploymentNode "Kafka (domain events)" "" "kafka, 1 replica" "" 1 {
                    containerInstance broker_events
                }
            }
            zone_b = deploymentNode "zone b" {
                zone_b__svc_web = deploymentNode "Storefront (SSR)" "" "frontend, 1 replica" "" 1 {
                    containerInstance svc_web
                }
                zone_b__svc_gateway = deploymentNode "API gateway" "" "gateway, 1 replica" "" 1 {
                    containerInstance svc_gateway
                }
                zone_b__svc_catalog = deploymentNode "catalog" "" "service, 1 replica" "" 1 {
                    containerInstance svc_catalog
                }
                zone_b__svc_cart = deploymentNode "cart" "" "service, 1 replica" "" 1 {
                    containerInstance svc_cart
                }
                zone_b__svc_orders = deploymentNode "orders" "" "service, 1 replica" "" 1 {
                    containerInstance svc_orders
                }
                zone_b__svc_inventory = deploymentNode "inventory" "" "service, 1 replica" "" 1 {
                    containerInstance svc_inventory
                }
                zone_b__svc_payments = deploymentNode "payments" "" "service, 1 replica" "" 1 {
                    containerInstance svc_payments
                }
                zone_b__svc_shipping = deploymentNode "shipping" "" "service, 1 replica" "" 1 {
                    containerInstance svc_shipping
                }
                zone_b__svc_notifications = deploymentNode "notifications" "" "worker, 1 replica" "" 1 {
                    containerInstance svc_notifications
                }
                zone_b__db_catalog_db = deploymentNode "catalog-db" "" "postgres, 1 replica" "" 1 {
                    containerInstance db_catalog_db
                }
                zone_b__db_shop_cache = deploymentNode "Shared Redis cache" "" "redis, 1 replica" "" 1 {
                    containerInstance db_shop_cache
                }
                zone_b__db_cart_db = deploymentNode "cart-db" "" "postgres, 1 replica" "" 1 {
                    containerInstance db_cart_db
                }
                zone_b__db_orders_db = deploymentNode "orders-db" "" "postgres, 1 replica" "" 1 {
                    containerInstance db_orders_db
                }
                zone_b__db_inventory_db = deploymentNode "inventory-db" "" "postgres, 1 replica" "" 1 {
                    containerInstance db_inventory_db
                }
                zone_b__db_payments_db = deploymentNode "payments-db" "" "postgres, 1 replica" "" 1 {
                    containerInstance db_payments_db
                }
                zone_b__db_shipping_db = deploymentNode "shipping-db" "" "postgres, 1 replica" "" 1 {
                    containerInstance db_shipping_db
                }
                zone_b__broker_events = deploymentNode "Kafka (domain events)" "" "kafka, 1 replica" "" 1 {
                    containerInstance broker_events
                }
            }
            zone_c = deploymentNode "zone c" {
                zone_c__svc_web = deploymentNode "Storefront (SSR)" "" "frontend, 1 replica" "" 1 {
                    containerInstance svc_web
                }
                zone_c__svc_gateway = deploymentNode "API gateway" "" "gateway, 1 replica" "" 1 {
                    containerInstance svc_gateway
                }
                zone_c__svc_catalog = deploymentNode "catalog" "" "service, 1 replica" "" 1 {
                    containerInstance svc_catalog
                }
                zone_c__svc_cart = deploymentNode "cart" "" "service, 1 replica" "" 1 {
                    containerInstance svc_cart
                }
                zone_c__svc_orders = deploymentNode "orders" "" "service, 1 replica" "" 1 {
                    containerInstance svc_orders
                }
                zone_c__svc_inventory = deploymentNode "inventory" "" "service, 1 replica" "" 1 {
                    containerInstance svc_inventory
                }
                zone_c__svc_payments = deploymentNode "payments" "" "service, 1 replica" "" 1 {
                    containerInstance svc_payments
                }
                zone_c__svc_shipping = deploymentNode "shipping" "" "service, 1 replica" "" 1 {
                    containerInstance svc_shipping
                }
                zone_c__db_shop_cache = deploymentNode "Shared Redis cache" "" "redis, 1 replica" "" 1 {
                    containerInstance db_shop_cache
                }
                zone_c__db_orders_db = deploymentNode "orders-db" "" "postgres, 1 replica" "" 1 {
                    containerInstance db_orders_db
                }
                zone_c__db_payments_db = deploymentNode "payments-db" "" "postgres, 1 replica" "" 1 {
                    containerInstance db_payments_db
                }
                zone_c__broker_events = deploymentNode "Kafka (domain events)" "" "kafka, 1 replica" "" 1 {
                    containerInstance broker_events
                }
            }
        }
    }

    views {
        systemContext system "context" {
            include *
            autoLayout lr
        }

        container system "container" {
            include *
            autoLayout lr
        }

        deployment system "Production" "deployment" {
            include *
            autoLayout lr
        }

        dynamic system "sequence-browse" "browse" {
            user_web -> svc_web "browse"
            svc_web -> svc_catalog "gRPC, x2, timeout 120ms, 2 retries exponential, breaker"
            svc_catalog -> db_catalog_db "read and write"
            svc_catalog -> db_shop_cache "read the cache"
            svc_web -> svc_cart "gRPC, timeout 200ms, 1 retry exponential, breaker, fallback degrade"
            svc_cart -> db_cart_db "read and write"
            svc_cart -> db_shop_cache "read the cache"
            autoLayout lr
        }

        dynamic system "sequence-add-to-cart" "add-to-cart" {
            user_gateway -> svc_gateway "add-to-cart"
            svc_gateway -> svc_cart "gRPC, timeout 250ms, 1 retry exponential, breaker"
            svc_cart -> db_cart_db "read and write"
            svc_cart -> db_shop_cache "read the cache"
            svc_cart -> svc_catalog "gRPC, timeout 80ms, 1 retry exponential, breaker"
            svc_catalog -> db_catalog_db "read and write"
            svc_catalog -> db_shop_cache "read the cache"
            svc_cart -> svc_inventory "gRPC, timeout 80ms, 1 retry exponential, breaker, fallback default"
            svc_inventory -> db_inventory_db "read and write"
            autoLayout lr
        }

        dynamic system "sequence-checkout" "checkout" {
            user_gateway -> svc_gateway "checkout"
            svc_gateway -> svc_orders "gRPC, timeout 2.5s, breaker"
            svc_orders -> db_orders_db "read and write"
            svc_orders -> svc_cart "gRPC, timeout 300ms, 1 retry exponential, breaker"
            svc_cart -> db_cart_db "read and write"
            svc_cart -> db_shop_cache "read the cache"
            svc_orders -> svc_inventory "gRPC, timeout 300ms, 2 retries exponential, breaker"
            svc_inventory -> db_inventory_db "read and write"
            svc_orders -> svc_payments "gRPC, timeout 1s, 1 retry exponential, breaker"
            svc_payments -> db_payments_db "read and write"
            svc_payments -> svc_psp "HTTP, timeout 400ms, 1 retry exponential, breaker"
            svc_orders -> svc_shipping "gRPC, timeout 300ms, 2 retries exponential, breaker"
            svc_shipping -> db_shipping_db "read and write"
            svc_shipping -> broker_events "shipment-created: publish (through the outbox)"
            broker_events -> svc_notifications "shipment-created: deliver"
            svc_orders -> broker_events "order-placed: publish (through the outbox)"
            broker_events -> svc_notifications "order-placed: deliver"
            autoLayout lr
        }

        styles {
            element "Person" {
                shape Person
                background #08427b
                color #ffffff
            }
            element "Software System" {
                background #1168bd
                color #ffffff
            }
            element "External" {
                background #8a8a8a
                color #ffffff
            }
            element "Container" {
                background #438dd5
                color #ffffff
            }
            element "Database" {
                shape Cylinder
            }
            element "Queue" {
                shape Pipe
            }
            relationship "Async" {
                dashed true
            }
        }
    }
}
