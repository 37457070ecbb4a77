import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'

// findBy/waitFor wait for what the user would see; on a busy 2-core machine a first render that
// loads lazy chunks and seeds the mock can take longer than Testing Library's 1 s default.
configure({ asyncUtilTimeout: 5000 })

afterEach(() => cleanup())
