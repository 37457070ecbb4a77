import { createRoot } from 'react-dom/client'
import { createBrowserRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
const router = createBrowserRouter([{ path: '/', element: <main><h1>Bare page</h1><p>React and React Router, nothing else.</p></main> }])
createRoot(document.getElementById('root')!).render(<RouterProvider router={router} />)
